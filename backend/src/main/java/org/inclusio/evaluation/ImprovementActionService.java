package org.inclusio.evaluation;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Improvement actions: raised by an evaluation, carried into the practice's next evaluations until done. */
public interface ImprovementActionService {

    /** Those the evaluation raised, and those of earlier evaluations of the practice still open; by due date. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    List<ImprovementAction> of(EvaluationId evaluation);

    /** Every improvement action of the organisation: open ones first, each by due date. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    List<ImprovementAction> all();

    @PreAuthorize(EvaluationRoles.EVALUATE)
    ImprovementAction raise(EvaluationId evaluation, @Valid RaiseAction action);

    /** @param expectedVersion the version the caller started from; another one is refused as stale */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    ImprovementAction update(ImprovementActionId id, long expectedVersion, @Valid RaiseAction changes);
}
