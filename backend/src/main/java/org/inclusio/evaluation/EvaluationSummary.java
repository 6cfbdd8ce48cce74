package org.inclusio.evaluation;

import org.inclusio.practice.PracticeId;

import java.time.LocalDate;

/** An evaluation in a list. */
public record EvaluationSummary(EvaluationId id, PracticeId practice, String practiceName, String framework,
                                LocalDate periodFrom, LocalDate periodTo, EvaluationStatus status, int rated,
                                int items) {
}
