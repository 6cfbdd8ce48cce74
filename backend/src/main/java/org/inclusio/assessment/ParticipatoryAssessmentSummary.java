package org.inclusio.assessment;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One line of the list of participatory assessments. */
public record ParticipatoryAssessmentSummary(ParticipatoryAssessmentId id, String title, LocalDate periodFrom,
                                             LocalDate periodTo, Set<ParticipatoryMethod> methods,
                                             int totalParticipants, int findings, int findingsWithAction,
                                             @Nullable UUID practiceId) {
}
