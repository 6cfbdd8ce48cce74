package org.inclusio.evaluation;

import org.inclusio.evaluation.ScheduleEvaluations.Cadence;
import org.inclusio.practice.PracticeId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A practice's evaluation schedule: the next period's draft opens the night after {@code nextPeriodTo}.
 *
 * @param lastOpened the draft the schedule opened last, if any
 */
public record EvaluationSchedule(PracticeId practice, String practiceName, FrameworkSummary framework,
                                 Cadence cadence, LocalDate nextPeriodFrom, LocalDate nextPeriodTo,
                                 @Nullable EvaluationId lastOpened, long version) {
}
