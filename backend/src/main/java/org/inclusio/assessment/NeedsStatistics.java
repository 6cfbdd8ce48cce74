package org.inclusio.assessment;

import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import java.time.LocalDate;
import java.util.UUID;

/** Needs figures for managers, and for the dashboards and evaluations built on them. */
public interface NeedsStatistics {

    /** The needs of today's active caseload. */
    @PreAuthorize(AssessmentRoles.STATISTICS)
    NeedsOverview overview();

    /**
     * Evidence over assessments dated from {@code from} to {@code to} inclusive.
     *
     * @param practiceId only assessments of this practice; {@code null} for the whole organisation
     */
    @PreAuthorize(AssessmentRoles.STATISTICS)
    AssessmentEvidence evidence(@Nullable UUID practiceId, LocalDate from, LocalDate to);

    /**
     * Individual assessments of the practice dated from {@code from} to {@code to} inclusive: one count, no personal
     * data, for the practice's indicators that any member may read.
     */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    long assessmentsDone(UUID practiceId, LocalDate from, LocalDate to);
}
