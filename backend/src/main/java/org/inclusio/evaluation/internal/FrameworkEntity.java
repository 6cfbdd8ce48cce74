package org.inclusio.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A framework version. Not filtered by Hibernate's tenant: row-level security answers the shipped rows and the
 * organisation's own, and nothing else.
 */
@Entity
@Table(name = "framework")
class FrameworkEntity {

    @Id
    private UUID id;
    @Column(name = "tenant_id")
    private @Nullable UUID tenantId;
    private String key;
    private int version;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    private String definition;
    @Column(name = "based_on")
    private @Nullable UUID basedOn;
    @Column(name = "created_at")
    private Instant createdAt;

    protected FrameworkEntity() {
    }

    FrameworkEntity(@Nullable UUID tenantId, String key, int version, String name, String definition,
                    @Nullable UUID basedOn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.key = key;
        this.version = version;
        this.name = name;
        this.definition = definition;
        this.basedOn = basedOn;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    boolean shipped() {
        return tenantId == null;
    }

    String key() {
        return key;
    }

    int version() {
        return version;
    }

    String definition() {
        return definition;
    }

    @Nullable UUID basedOn() {
        return basedOn;
    }
}
