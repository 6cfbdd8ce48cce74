package org.inclusio.consultation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.consultation.PartnerId;
import org.inclusio.consultation.Referral;
import org.inclusio.consultation.ReferralId;
import org.inclusio.consultation.ReferralStatus;
import org.inclusio.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "referral")
class ReferralEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "case_file_id")
    private UUID caseFileId;
    @Column(name = "partner_id")
    private UUID partnerId;
    private String reason;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    @Column(name = "sent_on")
    private LocalDate sentOn;
    @Column(name = "accepted_on")
    private @Nullable LocalDate acceptedOn;
    @Column(name = "completed_on")
    private @Nullable LocalDate completedOn;
    @Column(name = "declined_on")
    private @Nullable LocalDate declinedOn;
    @Column(name = "referred_by")
    private UUID referredBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** {@code null} until persisted, which tells Spring Data to persist rather than merge a new row. */
    @Version
    private @Nullable Long version;

    protected ReferralEntity() {
    }

    ReferralEntity(UUID caseFileId, UUID partnerId, String reason, LocalDate sentOn, UUID referredBy, Instant now) {
        this.id = UUID.randomUUID();
        this.caseFileId = caseFileId;
        this.partnerId = partnerId;
        this.reason = reason.strip();
        this.status = ReferralStatus.SENT;
        this.sentOn = sentOn;
        this.referredBy = referredBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The partner's answer, dated {@code on}; only the transitions {@link ReferralStatus#next()} allows. */
    void changeStatus(ReferralStatus next, LocalDate on, Instant now) {
        if (!status.canChangeTo(next)) {
            throw new InvalidInputException("status", "A " + status.name().toLowerCase() + " referral cannot become "
                    + next.name().toLowerCase() + ".");
        }
        LocalDate date = on.isBefore(sentOn) ? sentOn : on;
        switch (next) {
            case ACCEPTED -> acceptedOn = date;
            case COMPLETED -> completedOn = date;
            case DECLINED -> declinedOn = date;
            case SENT -> throw new IllegalStateException("A referral is sent once");
        }
        status = next;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    /** 0 for a new row before it is flushed, as it will be stored. */
    long version() {
        return version == null ? 0 : version;
    }

    UUID partnerId() {
        return partnerId;
    }

    LocalDate sentOn() {
        return sentOn;
    }

    Referral toView(String partnerName) {
        return new Referral(new ReferralId(id), version(), new CaseFileId(caseFileId), new PartnerId(partnerId),
                partnerName, reason, status, sentOn, acceptedOn, completedOn, declinedOn, referredBy, createdAt,
                updatedAt);
    }
}
