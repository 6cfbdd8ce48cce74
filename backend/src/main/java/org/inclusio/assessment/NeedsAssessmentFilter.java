package org.inclusio.assessment;

import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Which assessments a list shows; every field left {@code null} does not filter. Dates are inclusive. */
public record NeedsAssessmentFilter(@Nullable CaseFileId caseFile, @Nullable LocalDate from,
                                    @Nullable LocalDate to) {

    public static final NeedsAssessmentFilter NONE = new NeedsAssessmentFilter(null, null, null);
}
