package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackFigures;
import org.inclusio.feedback.FeedbackFigures.Cell;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Small-cell suppression: no count below k, and nothing from which one could be worked out. */
class SmallCellsTests {

    private static final int K = 5;
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Test
    void aSmallCellIsSuppressedAndZeroAndLargeCellsAreShown() {
        assertThat(SmallCells.breakdown(counts("a", 0, "b", 4, "c", 5, "d", 12, "e", 3), K))
                .containsExactly(new Cell("a", 0L), new Cell("b", null), new Cell("c", 5L), new Cell("d", 12L),
                        new Cell("e", null));
    }

    @Test
    void aLoneSuppressedCellTakesTheNextSmallestWithItSoTheTotalCannotRevealIt() {
        assertThat(SmallCells.breakdown(counts("a", 2, "b", 9, "c", 6, "d", 0, "e", 40), K))
                .containsExactly(new Cell("a", null), new Cell("b", 9L), new Cell("c", null), new Cell("d", 0L),
                        new Cell("e", 40L));
    }

    @Test
    void complementarySuppressionBreaksTiesByKeyAndNeverPicksAZero() {
        assertThat(SmallCells.breakdown(counts("z", 7, "a", 7, "m", 0, "s", 1), K))
                .containsExactly(new Cell("z", 7L), new Cell("a", null), new Cell("m", 0L), new Cell("s", null));
    }

    @Test
    void withNoOtherNonZeroCellTheLoneSmallCellStaysAloneSuppressed() {
        assertThat(SmallCells.breakdown(counts("a", 3, "b", 0), K))
                .containsExactly(new Cell("a", null), new Cell("b", 0L));
    }

    @Test
    void twoOrMoreSmallCellsNeedNoComplement() {
        assertThat(SmallCells.breakdown(counts("a", 1, "b", 2, "c", 30), K))
                .containsExactly(new Cell("a", null), new Cell("b", null), new Cell("c", 30L));
    }

    @Test
    void theThresholdIsTheOrganisations() {
        assertThat(SmallCells.breakdown(counts("a", 7, "b", 12, "c", 20), 10))
                .containsExactly(new Cell("a", null), new Cell("b", null), new Cell("c", 20L));
        assertThat(SmallCells.count(9, 10)).isNull();
        assertThat(SmallCells.count(10, 10)).isEqualTo(10L);
        assertThat(SmallCells.count(0, 10)).isZero();
    }

    @Test
    void meansMediansAndSharesOverTooFewRowsAreSuppressed() {
        assertThat(SmallCells.mean(List.of(1, 2, 3, 4), K)).isNull();
        assertThat(SmallCells.mean(List.of(), K)).isNull();
        assertThat(SmallCells.mean(List.of(1, 2, 3, 4, 5), K)).isEqualTo(3.0);
        assertThat(SmallCells.median(List.of(9, 1, 4, 2), K)).isNull();
        assertThat(SmallCells.median(List.of(9, 1, 4, 2, 7), K)).isEqualTo(4.0);
        assertThat(SmallCells.median(List.of(9, 1, 4, 2, 7, 3), K)).isEqualTo(3.5);
        assertThat(SmallCells.share(10, 20, K)).isEqualTo(0.5);
        assertThat(SmallCells.share(3, 20, K)).as("the part is small").isNull();
        assertThat(SmallCells.share(17, 20, K)).as("the rest is small").isNull();
        assertThat(SmallCells.share(20, 20, K)).isEqualTo(1.0);
        assertThat(SmallCells.share(0, 20, K)).isEqualTo(0.0);
        assertThat(SmallCells.share(2, 4, K)).as("the whole is small").isNull();
        assertThat(SmallCells.share(0, 0, K)).isNull();
    }

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

    private static Map<String, Long> counts(Object... keysAndCounts) {
        var counts = new LinkedHashMap<String, Long>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}
