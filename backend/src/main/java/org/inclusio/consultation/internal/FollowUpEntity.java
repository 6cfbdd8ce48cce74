package org.inclusio.consultation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.FollowUp;
import org.inclusio.consultation.FollowUpId;
import org.inclusio.identity.UserAccountId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "follow_up")
class FollowUpEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    private String what;
    @Column(name = "assignee_id")
    private UUID assigneeId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "done_at")
    private @Nullable Instant doneAt;
    @Column(name = "consultation_id")
    private @Nullable UUID consultationId;
    @Column(name = "case_file_id")
    private @Nullable UUID caseFileId;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    /** {@code null} until persisted, which tells Spring Data to persist rather than merge a new row. */
    @Version
    private @Nullable Long version;

    protected FollowUpEntity() {
    }

    FollowUpEntity(String what, UUID assigneeId, LocalDate dueOn, @Nullable UUID consultationId,
                   @Nullable UUID caseFileId, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.what = what.strip();
        this.assigneeId = assigneeId;
        this.dueOn = dueOn;
        this.consultationId = consultationId;
        this.caseFileId = caseFileId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** @return whether this call completed it */
    boolean complete(Instant now) {
        if (doneAt != null) {
            return false;
        }
        doneAt = now;
        return true;
    }

    UUID id() {
        return id;
    }

    /** 0 for a new row before it is flushed, as it will be stored. */
    long version() {
        return version == null ? 0 : version;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    FollowUp toView(LocalDate today) {
        return new FollowUp(new FollowUpId(id), version(), what, new UserAccountId(assigneeId), dueOn, doneAt,
                doneAt == null && dueOn.isBefore(today),
                consultationId == null ? null : new ConsultationId(consultationId),
                caseFileId == null ? null : new CaseFileId(caseFileId), createdAt);
    }
}
