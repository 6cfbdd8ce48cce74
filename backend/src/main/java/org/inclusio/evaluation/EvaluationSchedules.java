package org.inclusio.evaluation;

import jakarta.validation.Valid;
import org.inclusio.practice.PracticeId;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;
import java.util.Optional;

/** Evaluations that open themselves: one schedule per practice. */
public interface EvaluationSchedules {

    @PreAuthorize(EvaluationRoles.EVALUATE)
    List<EvaluationSchedule> list();

    @PreAuthorize(EvaluationRoles.EVALUATE)
    Optional<EvaluationSchedule> of(PracticeId practice);

    /** Sets or replaces the practice's schedule; the first period may lie in the past. */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    EvaluationSchedule set(PracticeId practice, @Valid ScheduleEvaluations schedule);

    @PreAuthorize(EvaluationRoles.EVALUATE)
    void stop(PracticeId practice);

    /**
     * Opens the draft of every scheduled period that has ended, in the current organisation: for a schedule whose
     * periods ended several times since, only the latest period's draft is opened and the schedule moves past the
     * others. Each opened draft is announced with {@link EvaluationEvents.DraftOpened}.
     *
     * @return the drafts opened
     */
    @PreAuthorize(EvaluationRoles.EVALUATE)
    List<EvaluationId> openDue();
}
