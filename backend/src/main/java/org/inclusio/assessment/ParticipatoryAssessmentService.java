package org.inclusio.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.inclusio.shared.CursorPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

/** Participatory (community) assessments of the current organisation; they hold no personal data. */
public interface ParticipatoryAssessmentService {

    @PreAuthorize(AssessmentRoles.ASSESS_COMMUNITY)
    ParticipatoryAssessment record(@Valid RecordParticipatoryAssessment command);

    /**
     * Replaces everything of the assessment with {@code changes}.
     *
     * @param expectedVersion the version the caller started from; another one is refused as stale
     */
    @PreAuthorize(AssessmentRoles.ASSESS_COMMUNITY)
    ParticipatoryAssessment update(ParticipatoryAssessmentId id, long expectedVersion,
                                   @Valid RecordParticipatoryAssessment changes);

    @PreAuthorize(AssessmentRoles.READ)
    ParticipatoryAssessment get(ParticipatoryAssessmentId id);

    /** Newest first (end of period, then id), {@code limit} at a time. */
    @PreAuthorize(AssessmentRoles.READ)
    CursorPage<ParticipatoryAssessmentSummary> list(@Nullable String cursor, @Min(1) @Max(200) int limit);
}
