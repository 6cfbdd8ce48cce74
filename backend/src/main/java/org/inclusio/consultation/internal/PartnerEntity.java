package org.inclusio.consultation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.inclusio.consultation.Partner;
import org.inclusio.consultation.PartnerDetails;
import org.inclusio.consultation.PartnerId;
import org.inclusio.consultation.PartnerKind;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "partner")
class PartnerEntity {

    @org.hibernate.annotations.TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private PartnerKind kind;
    private @Nullable String email;
    private @Nullable String phone;
    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** {@code null} until persisted, which tells Spring Data to persist rather than merge a new row. */
    @Version
    private @Nullable Long version;

    protected PartnerEntity() {
    }

    PartnerEntity(PartnerDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(details, now);
    }

    void apply(PartnerDetails details, Instant now) {
        name = details.name();
        kind = details.kind();
        email = details.email();
        phone = details.phone();
        organisationId = details.organisation() == null ? null : details.organisation().value();
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    /** 0 for a new row before it is flushed, as it will be stored. */
    long version() {
        return version == null ? 0 : version;
    }

    String name() {
        return name;
    }

    Partner toView() {
        return new Partner(new PartnerId(id), version(), name, kind, email, phone,
                organisationId == null ? null : new TenantId(organisationId), createdAt);
    }
}
