package org.inclusio.shared.statistics;


import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression (DESIGN.md §7): no count between 1 and k − 1 is shown, and nothing from which one could be
 * worked out. A zero reveals no one and is shown.
 */
public final class SmallCells {

    private SmallCells() {
    }

    /** Whether a count may be shown on its own. */
    public static boolean shown(long count, int k) {
        return count == 0 || count >= k;
    }

    public static @Nullable Long count(long count, int k) {
        return shown(count, k) ? count : null;
    }

    /**
     * A breakdown whose cells add up to a total that is shown: every small cell is suppressed, and when that leaves
     * exactly one suppressed cell, the smallest other non-zero cell too, so that the total minus the shown cells
     * never gives a suppressed one away.
     *
     * @param counts the cells in display order
     */
    public static List<Cell> breakdown(Map<String, Long> counts, int k) {
        Set<String> suppressed = new HashSet<>();
        counts.forEach((key, count) -> {
            if (!shown(count, k)) {
                suppressed.add(key);
            }
        });
        if (suppressed.size() == 1) {
            counts.entrySet().stream()
                    .filter(cell -> cell.getValue() > 0 && !suppressed.contains(cell.getKey()))
                    .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(complement -> suppressed.add(complement.getKey()));
        }
        var cells = new ArrayList<Cell>();
        counts.forEach((key, count) -> cells.add(new Cell(key, suppressed.contains(key) ? null : count)));
        return List.copyOf(cells);
    }

    /** The mean of values over at least k rows; suppressed (null) below, and for no rows at all. */
    public static @Nullable Double mean(List<? extends Number> values, int k) {
        if (values.isEmpty() || values.size() < k) {
            return null;
        }
        return values.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
    }

    /** The median of values over at least k rows; suppressed (null) below, and for no rows at all. */
    public static @Nullable Double median(List<? extends Number> values, int k) {
        if (values.isEmpty() || values.size() < k) {
            return null;
        }
        var sorted = values.stream().map(Number::doubleValue).sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * The share {@code part / whole}, shown only when neither the part nor the rest is a small count (either could
     * be worked out from the share and the total).
     */
    public static @Nullable Double share(long part, long whole, int k) {
        if (whole == 0 || !shown(whole, k) || !shown(part, k) || !shown(whole - part, k)) {
            return null;
        }
        return (double) part / whole;
    }
}
