package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackFigures;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.inclusio.shared.statistics.Cell;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Feedback figures of a period, with small-cell suppression applied to every breakdown, share and mean. */
class FiguresCalculationTests {

    private static final int K = 5;
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Test
    void figuresOfAPeriodBelowKShowNoCountAtAll() {
        var rows = new ArrayList<FiguresCalculation.Row>();
        for (int i = 0; i < 4; i++) {
            rows.add(row(FeedbackCategory.COMPLAINT, "en", 2, FeedbackStatus.ANSWERED, LocalDate.of(2026, 1, 10)));
        }
        FeedbackFigures figures = FiguresCalculation.figures(rows, FROM, TO, K);
        assertThat(figures.total()).isNull();
        assertThat(figures.byCategory()).allSatisfy(cell -> assertThat(cell.count()).isIn(null, 0L));
        assertThat(figures.byCategory()).filteredOn(Cell::suppressed).extracting(Cell::key)
                .containsExactly("COMPLAINT");
        assertThat(figures.averageSatisfaction()).isNull();
        assertThat(figures.shareAnswered()).isNull();
        assertThat(figures.medianDaysToAnswer()).isNull();
        assertThat(figures.satisfactionTrend()).extracting(FeedbackFigures.Month::value).containsOnlyNulls();
    }

    @Test
    void figuresSuppressWhatIsSmallAndShowTheRest() {
        var rows = new ArrayList<FiguresCalculation.Row>();
        for (int i = 0; i < 12; i++) {
            rows.add(row(FeedbackCategory.COMPLAINT, i < 6 ? "en" : "ar", 1 + i % 5,
                    i < 9 ? FeedbackStatus.ANSWERED : FeedbackStatus.RECEIVED, LocalDate.of(2026, 1, 1 + i)));
        }
        for (int i = 0; i < 2; i++) {
            rows.add(row(FeedbackCategory.SERIOUS, "uk", null, FeedbackStatus.RECEIVED, LocalDate.of(2026, 2, 3)));
        }
        for (int i = 0; i < 6; i++) {
            rows.add(new FiguresCalculation.Row(FeedbackCategory.QUESTION, "Front desk", "en", FeedbackType.RUMOUR,
                    4, FeedbackStatus.CLOSED, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 14)));
        }
        FeedbackFigures figures = FiguresCalculation.figures(rows, FROM, TO, K);

        assertThat(figures.total()).isEqualTo(20L);
        assertThat(figures.byCategory()).containsExactly(new Cell("COMPLIMENT", 0L), new Cell("SUGGESTION", 0L),
                new Cell("COMPLAINT", 12L), new Cell("QUESTION", null), new Cell("SERIOUS", null));
        assertThat(figures.byLanguage()).as("uk alone is small, so the smallest other (ar) goes too")
                .containsExactly(new Cell("ar", null), new Cell("en", 12L), new Cell("uk", null));
        assertThat(figures.byType()).filteredOn(cell -> cell.key().equals("RUMOUR")).extracting(Cell::count)
                .containsExactly(6L);
        assertThat(figures.shareAnswered()).isEqualTo(15.0 / 20);
        assertThat(figures.averageSatisfaction()).isNotNull();
        assertThat(figures.medianDaysToAnswer()).isEqualTo(4.0).as("only the six closed ones have a day answered");
        assertThat(figures.satisfactionTrend()).extracting(FeedbackFigures.Month::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(figures.satisfactionTrend()).extracting(FeedbackFigures.Month::value)
                .containsExactly(33.0 / 12, 4.0, null);
        assertThat(figures.rumoursTrend()).extracting(FeedbackFigures.Month::value).containsExactly(0.0, 6.0, 0.0);
    }

    @Test
    void aMonthWithFewerThanKRumoursIsSuppressed() {
        var rows = new ArrayList<FiguresCalculation.Row>();
        for (int i = 0; i < 8; i++) {
            rows.add(new FiguresCalculation.Row(FeedbackCategory.QUESTION, "Desk", "en",
                    i < 3 ? FeedbackType.RUMOUR : FeedbackType.QUESTION, null, FeedbackStatus.RECEIVED,
                    LocalDate.of(2026, 1, 5), null));
        }
        assertThat(FiguresCalculation.figures(rows, FROM, TO, K).rumoursTrend())
                .extracting(FeedbackFigures.Month::value).containsExactly(null, 0.0, 0.0);
    }

    private static FiguresCalculation.Row row(FeedbackCategory category, String language, Integer satisfaction,
                                              FeedbackStatus status, LocalDate receivedOn) {
        return new FiguresCalculation.Row(category, "Front desk", language, null, satisfaction, status, receivedOn,
                null);
    }
}
