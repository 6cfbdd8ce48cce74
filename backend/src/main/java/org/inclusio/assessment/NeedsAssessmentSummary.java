package org.inclusio.assessment;

import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** One line of an assessment list; nothing sensitive, so it is the same for every reader. */
public record NeedsAssessmentSummary(NeedsAssessmentId id, CaseFileId caseFile, String caseNumber,
                                     LocalDate assessedOn, AssessmentMethod method, String language,
                                     boolean reassessment, LocalDate reassessmentDue, @Nullable UUID practiceId,
                                     UUID recordedBy) {
}
