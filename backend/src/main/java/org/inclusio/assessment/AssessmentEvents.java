package org.inclusio.assessment;

import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.tenant.TenantId;

import java.time.LocalDate;

/** What happened to assessments, published in the transaction that did it. Ids and dates only, nothing personal. */
public sealed interface AssessmentEvents {

    TenantId organisation();

    /** An individual assessment was recorded; {@code reassessment} when the case file had one before. */
    record NeedsAssessed(TenantId organisation, NeedsAssessmentId assessment, CaseFileId caseFile,
                         LocalDate assessedOn, boolean reassessment) implements AssessmentEvents {
    }

    /** A participatory assessment was recorded. */
    record CommunityAssessed(TenantId organisation, ParticipatoryAssessmentId assessment, LocalDate periodFrom,
                             LocalDate periodTo) implements AssessmentEvents {
    }
}
