package org.inclusio.assessment;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessment compared domain by domain with the case file's assessment before it. Without a previous one every
 * domain is NEW. Sensitive domains are left out for roles that may not see them.
 *
 * @param domains every domain either assessment covers, in display order
 */
public record NeedsComparison(NeedsAssessmentId current, LocalDate currentOn, @Nullable NeedsAssessmentId previous,
                              @Nullable LocalDate previousOn, List<DomainComparison> domains,
                              boolean sensitiveWithheld) {

    /** One domain in both assessments; the side that did not cover it is {@code null}. */
    public record DomainComparison(NeedDomainId domain, String code, @Nullable NeedLevel previousLevel,
                                   @Nullable NeedStatus previousStatus, @Nullable NeedLevel currentLevel,
                                   @Nullable NeedStatus currentStatus, NeedChange change) {
    }
}
