package org.inclusio.consultation;

import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case file referred to a partner, and how far the partner got with it. */
public record Referral(ReferralId id, long version, CaseFileId caseFile, PartnerId partner, String partnerName,
                       String reason, ReferralStatus status, LocalDate sentOn, @Nullable LocalDate acceptedOn,
                       @Nullable LocalDate completedOn, @Nullable LocalDate declinedOn, UUID referredBy,
                       Instant createdAt, Instant updatedAt) {
}
