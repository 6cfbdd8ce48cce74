package org.inclusio.evaluation;

import org.inclusio.identity.UserAccountId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * An improvement action of a practice.
 *
 * @param raisedIn the evaluation that raised it; one of an earlier evaluation is carried into later ones until done
 * @param overdue  open and past its due date
 */
public record ImprovementAction(ImprovementActionId id, long version, EvaluationId raisedIn, @Nullable String item,
                                String description, UserAccountId owner, String ownerName, LocalDate dueOn,
                                @Nullable LocalDate done, boolean overdue) {
}
