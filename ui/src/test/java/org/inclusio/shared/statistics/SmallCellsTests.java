package org.inclusio.shared.statistics;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Small-cell suppression: no count below k, and nothing from which one could be worked out. */
class SmallCellsTests {

    private static final int K = 5;

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

    private static Map<String, Long> counts(Object... keysAndCounts) {
        var counts = new LinkedHashMap<String, Long>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}
