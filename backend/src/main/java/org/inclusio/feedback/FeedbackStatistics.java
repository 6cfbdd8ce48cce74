package org.inclusio.feedback;

import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.time.LocalDate;
import java.util.UUID;

/** Feedback figures for managers, and for the dashboards and evaluations built on them. */
public interface FeedbackStatistics {

    /** Figures over feedback received from {@code from} to {@code to} inclusive, with small-cell suppression. */
    @PreAuthorize("hasAnyRole('" + Roles.MANAGER + "', '" + Roles.ORG_ADMIN + "')")
    FeedbackFigures figures(LocalDate from, LocalDate to);

    /**
     * Feedback received through the practice's channels from {@code from} to {@code to} inclusive: counts with no
     * personal data, for the practice's indicators that any member may read.
     */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    PracticeFeedbackCounts forPractice(UUID practiceId, LocalDate from, LocalDate to);
}
