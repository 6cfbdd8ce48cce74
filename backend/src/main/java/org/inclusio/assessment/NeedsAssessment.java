package org.inclusio.assessment;

import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An individual needs assessment as its reader may see it. For roles that may not see special-category data the
 * sensitive domains are left out of {@code needs} (and goals in them lose nothing but their domain's need) and
 * {@code sensitiveWithheld} says so.
 *
 * @param needs     in the domains' display order
 * @param previous  the case file's assessment before this one, if any
 * @param recordedBy the assessor: the person or machine client that recorded it
 */
public record NeedsAssessment(NeedsAssessmentId id, long version, CaseFileId caseFile, String caseNumber,
                              LocalDate assessedOn, AssessmentMethod method, String language, List<DomainNeed> needs,
                              boolean sensitiveWithheld, Set<Barrier> barriers, @Nullable String otherBarrier,
                              Capacities capacities, List<Goal> goals, LocalDate reassessmentDue,
                              @Nullable NeedsAssessmentId previous, @Nullable UUID practiceId, UUID recordedBy,
                              Instant createdAt, Instant updatedAt) {
}
