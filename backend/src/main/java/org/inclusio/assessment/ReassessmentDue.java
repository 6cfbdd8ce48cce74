package org.inclusio.assessment;

import org.inclusio.beneficiary.CaseFileId;

import java.time.LocalDate;

/** An open case file whose reassessment is due; {@code daysOverdue} is 0 on the due date itself. */
public record ReassessmentDue(CaseFileId caseFile, String caseNumber, String displayName,
                              NeedsAssessmentId lastAssessment, LocalDate lastAssessedOn, LocalDate dueOn,
                              long daysOverdue) {
}
