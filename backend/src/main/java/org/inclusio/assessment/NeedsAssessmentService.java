package org.inclusio.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.shared.CursorPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Individual needs assessments of the current organisation's case files. Sensitive domains (health, mental health,
 * safety) are read and written only by the roles in {@link AssessmentRoles#SEE_SENSITIVE_DOMAINS}; a correction by
 * anyone else keeps them as they were.
 */
public interface NeedsAssessmentService {

    /** The organisation's need domains in display order. */
    @PreAuthorize(AssessmentRoles.READ)
    List<NeedDomain> domains();

    @PreAuthorize(AssessmentRoles.ASSESS)
    NeedsAssessment record(@Valid RecordNeedsAssessment command);

    /**
     * Replaces everything of the assessment with {@code changes}; the case file cannot change.
     *
     * @param expectedVersion the version the caller started from; another one is refused as stale
     */
    @PreAuthorize(AssessmentRoles.ASSESS)
    NeedsAssessment update(NeedsAssessmentId id, long expectedVersion, @Valid RecordNeedsAssessment changes);

    @PreAuthorize(AssessmentRoles.READ)
    NeedsAssessment get(NeedsAssessmentId id);

    /**
     * Newest first (date assessed, then id), {@code limit} at a time.
     *
     * @param cursor {@code nextCursor} of the previous page, {@code null} for the first
     */
    @PreAuthorize(AssessmentRoles.READ)
    CursorPage<NeedsAssessmentSummary> list(@NotNull NeedsAssessmentFilter filter, @Nullable String cursor,
                                            @Min(1) @Max(200) int limit);

    /** Every assessment of one case file, oldest first: the course of the person's needs. */
    @PreAuthorize(AssessmentRoles.READ)
    List<NeedsAssessment> history(CaseFileId caseFile);

    /** The assessment compared with the case file's assessment before it. */
    @PreAuthorize(AssessmentRoles.READ)
    NeedsComparison comparison(NeedsAssessmentId id);

    /** Open case files whose reassessment is due today or earlier, the longest overdue first. */
    @PreAuthorize(AssessmentRoles.READ)
    CursorPage<ReassessmentDue> overdueReassessments(@Nullable String cursor, @Min(1) @Max(200) int limit);
}
