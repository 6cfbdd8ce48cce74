package org.inclusio.beneficiary.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.inclusio.beneficiary.CaseFileRevision.ActorKind;

import java.time.Instant;
import java.util.UUID;

/** One opening of a case file in full: who, when, which file, ids only. */
@Entity
@Table(name = "case_file_read")
class CaseFileReadEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "case_file_id")
    private UUID caseFileId;
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind")
    private ActorKind actorKind;
    @Column(name = "actor_id")
    private UUID actorId;
    @Column(name = "read_at")
    private Instant readAt;

    protected CaseFileReadEntity() {
    }

    CaseFileReadEntity(UUID caseFileId, ActorKind actorKind, UUID actorId, Instant readAt) {
        this.id = UUID.randomUUID();
        this.caseFileId = caseFileId;
        this.actorKind = actorKind;
        this.actorId = actorId;
        this.readAt = readAt;
    }

    ActorKind actorKind() {
        return actorKind;
    }

    UUID actorId() {
        return actorId;
    }

    Instant readAt() {
        return readAt;
    }
}
