package org.inclusio.assessment;

import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.Headcount;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A participatory assessment. {@code totalParticipants} is the larger of the two breakdowns' sums (gender × age
 * band, groups), since both count the same people and either may be incomplete.
 */
public record ParticipatoryAssessment(ParticipatoryAssessmentId id, long version, String title,
                                      @Nullable String summary, @Nullable UUID practiceId, LocalDate periodFrom,
                                      LocalDate periodTo, Set<ParticipatoryMethod> methods,
                                      List<Headcount> participants, List<ParticipantCount> groups,
                                      int totalParticipants, List<String> languages,
                                      List<ConsultationId> consultations, List<Finding> findings, UUID recordedBy,
                                      Instant createdAt, Instant updatedAt) {
}
