package org.inclusio.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.inclusio.practice.PracticeId;
import org.inclusio.shared.CursorPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import java.time.LocalDate;

/** Periodic evaluations of practices against good-practice frameworks. */
public interface EvaluationService {

    /** A draft; items that do not apply to this kind of organisation start as not applicable. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    Evaluation open(@Valid OpenEvaluation command);

    @PreAuthorize(EvaluationRoles.EVALUATE)
    Evaluation get(EvaluationId id);

    /** Latest period first; only the practice's when given. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    CursorPage<EvaluationSummary> list(@Nullable PracticeId practice, @Nullable String cursor,
                                       @Min(1) @Max(200) int limit);

    /** Saves ratings and answers of a draft or one in review; a final one is refused. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    Evaluation save(EvaluationId id, long expectedVersion, @Valid EvaluationContent content);

    /** Attaches the feedback channel and the evaluation workshop; refused once final. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    Evaluation participate(EvaluationId id, long expectedVersion, Participation participation);

    /** Draft → in review, in review → final (the evidence is frozen), or in review → back to draft. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    Evaluation move(EvaluationId id, long expectedVersion, EvaluationStatus to);

    /** A new draft with the final evaluation's judgement, to correct it; the final one stays as it is. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    Evaluation correct(EvaluationId id);

    @PreAuthorize(EvaluationRoles.EVALUATE)
    Scorecard scorecard(EvaluationId id);

    /** The report as a PDF: cover with the scorecard chart, narratives and checklists, evidence. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    byte[] report(EvaluationId id);

    /** The evaluation in the SPRING page layout: criterion → guiding question → narrative → ✓/– checklist. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    String springPage(EvaluationId id);

    /**
     * A new draft evaluation of the practice against the shipped SPRING criteria from a page in the SPRING layout:
     * narratives, inspiring tools and marks (✓ met, – not met).
     */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    Evaluation importSpringPage(PracticeId practice, LocalDate periodFrom, LocalDate periodTo, String page);
}
