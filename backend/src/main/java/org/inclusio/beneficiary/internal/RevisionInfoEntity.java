package org.inclusio.beneficiary.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.inclusio.beneficiary.CaseFileRevision.ActorKind;

import java.time.Instant;
import java.util.UUID;

/**
 * An Envers revision: when, who ({@link ActorRevisionListener}) and in which organisation ({@code @TenantId}, set by
 * Hibernate from the session's tenant exactly as on every other tenant row).
 */
@Entity
@Table(name = "revision")
@RevisionEntity(ActorRevisionListener.class)
class RevisionInfoEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;
    @RevisionTimestamp
    @Column(name = "revised_at")
    private Instant revisedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind")
    private ActorKind actorKind;
    @Column(name = "actor_id")
    private UUID actorId;

    long id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    Instant revisedAt() {
        return revisedAt;
    }

    ActorKind actorKind() {
        return actorKind;
    }

    UUID actorId() {
        return actorId;
    }

    void actedBy(ActorKind kind, UUID id) {
        this.actorKind = kind;
        this.actorId = id;
    }
}
