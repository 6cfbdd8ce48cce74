package org.inclusio.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedDomainId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "need_domain")
class NeedDomainEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    private String code;
    private int position;
    private boolean sensitive;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private @Nullable Long version;

    protected NeedDomainEntity() {
    }

    NeedDomainEntity(String code, int position, boolean sensitive, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.position = position;
        this.sensitive = sensitive;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    boolean sensitive() {
        return sensitive;
    }

    NeedDomain toView() {
        return new NeedDomain(new NeedDomainId(id), code, position, sensitive);
    }
}
