package org.inclusio.feedback.internal;

import org.inclusio.shared.statistics.SmallCells;
import org.inclusio.shared.statistics.Cell;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackFigures;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Feedback figures from the rows of a period, with small-cell suppression; no database, so tested on its own. */
final class FiguresCalculation {

    /** Answered in the sense of the figures: the organisation gave an answer or passed it on. */
    private static final Set<FeedbackStatus> ANSWERED = EnumSet.of(FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED,
            FeedbackStatus.REFERRED);
    static final String UNCODED = "UNCODED";

    /** What the figures need of one piece of feedback. */
    record Row(FeedbackCategory category, String channel, String language, @Nullable FeedbackType type,
               @Nullable Integer satisfaction, FeedbackStatus status, LocalDate receivedOn,
               @Nullable LocalDate answeredOn) {
    }

    private FiguresCalculation() {
    }

    static FeedbackFigures figures(List<Row> rows, LocalDate from, LocalDate to, int k) {
        long total = rows.size();
        boolean totalShown = SmallCells.shown(total, k);
        var byCategory = new LinkedHashMap<String, Long>();
        for (FeedbackCategory category : FeedbackCategory.values()) {
            byCategory.put(category.name(), count(rows, row -> row.category() == category));
        }
        var byType = new LinkedHashMap<String, Long>();
        for (FeedbackType type : FeedbackType.values()) {
            byType.put(type.name(), count(rows, row -> row.type() == type));
        }
        byType.put(UNCODED, count(rows, row -> row.type() == null));
        long answered = count(rows, row -> ANSWERED.contains(row.status()));
        List<Long> daysToAnswer = rows.stream().filter(row -> row.answeredOn() != null)
                .map(row -> ChronoUnit.DAYS.between(row.receivedOn(), row.answeredOn())).toList();
        return new FeedbackFigures(from, to, k, SmallCells.count(total, k),
                breakdown(byCategory, totalShown, k), breakdown(grouped(rows, Row::channel), totalShown, k),
                breakdown(grouped(rows, Row::language), totalShown, k), breakdown(byType, totalShown, k),
                SmallCells.mean(satisfactions(rows), k), SmallCells.share(answered, total, k),
                SmallCells.median(daysToAnswer, k), satisfactionTrend(rows, from, to, k),
                rumoursTrend(rows, from, to, k));
    }

    /** With the total suppressed every non-zero cell is a small one too; the breakdown hides them all alike. */
    private static List<Cell> breakdown(Map<String, Long> counts, boolean totalShown, int k) {
        if (!totalShown) {
            var cells = new ArrayList<Cell>();
            counts.forEach((key, count) -> cells.add(new Cell(key, count == 0 ? 0L : null)));
            return List.copyOf(cells);
        }
        return SmallCells.breakdown(counts, k);
    }

    private static Map<String, Long> grouped(List<Row> rows, Function<Row, String> key) {
        var counts = new TreeMap<String, Long>();
        rows.forEach(row -> counts.merge(key.apply(row), 1L, Long::sum));
        return counts;
    }

    private static List<FeedbackFigures.Month> satisfactionTrend(List<Row> rows, LocalDate from, LocalDate to,
                                                                 int k) {
        var months = new ArrayList<FeedbackFigures.Month>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            YearMonth current = month;
            months.add(new FeedbackFigures.Month(month, SmallCells.mean(satisfactions(rows.stream()
                    .filter(row -> YearMonth.from(row.receivedOn()).equals(current)).toList()), k)));
        }
        return List.copyOf(months);
    }

    private static List<FeedbackFigures.Month> rumoursTrend(List<Row> rows, LocalDate from, LocalDate to, int k) {
        var months = new ArrayList<FeedbackFigures.Month>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            YearMonth current = month;
            Long rumours = SmallCells.count(count(rows, row -> row.type() == FeedbackType.RUMOUR
                    && YearMonth.from(row.receivedOn()).equals(current)), k);
            months.add(new FeedbackFigures.Month(month, rumours == null ? null : rumours.doubleValue()));
        }
        return List.copyOf(months);
    }

    private static List<Integer> satisfactions(List<Row> rows) {
        return rows.stream().map(Row::satisfaction).filter(java.util.Objects::nonNull).toList();
    }

    private static long count(List<Row> rows, Predicate<Row> which) {
        return rows.stream().filter(which).count();
    }
}
