package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.inclusio.feedback.YouSaidWeDid;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A "you said, we did" entry: what people said and what changed, by language. */
@Entity
@Table(name = "you_said_we_did")
class YouSaidWeDidEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "you_said")
    private Map<String, String> youSaid;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "we_did")
    private Map<String, String> weDid;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    protected YouSaidWeDidEntity() {
    }

    YouSaidWeDidEntity(YouSaidWeDid.Details details, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(details, now);
    }

    void apply(YouSaidWeDid.Details details, Instant now) {
        youSaid = new HashMap<>(details.youSaid());
        weDid = new HashMap<>(details.weDid());
        publishedOn = details.publishedOn();
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    Map<String, String> youSaid() {
        return Map.copyOf(youSaid);
    }

    Map<String, String> weDid() {
        return Map.copyOf(weDid);
    }
}
