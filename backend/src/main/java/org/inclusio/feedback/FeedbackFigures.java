package org.inclusio.feedback;

import org.inclusio.shared.statistics.Cell;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Feedback figures of one organisation over a period, for managers, dashboards and evaluations. Every breakdown cell
 * below the organisation's small-cell threshold k is suppressed ({@code null}), and so is any figure from which a
 * suppressed cell could be worked out (a total minus the other cells).
 *
 * @param total               all feedback received in the period (null only when below k)
 * @param averageSatisfaction over the feedback that gave one
 * @param shareAnswered       answered, closed or referred, of all received, 0–1
 * @param medianDaysToAnswer  from received to answered, over the answered ones
 * @param satisfactionTrend   average satisfaction per month
 * @param rumoursTrend        feedback coded as rumour or misinformation, per month
 */
public record FeedbackFigures(LocalDate from, LocalDate to, int smallCellThreshold, @Nullable Long total,
                              List<Cell> byCategory, List<Cell> byChannel, List<Cell> byLanguage,
                              List<Cell> byType, @Nullable Double averageSatisfaction, @Nullable Double shareAnswered,
                              @Nullable Double medianDaysToAnswer, List<Month> satisfactionTrend,
                              List<Month> rumoursTrend) {


    /** One month of a trend; {@code value} is null when suppressed or when there was nothing to count. */
    public record Month(YearMonth month, @Nullable Double value) {
    }
}
