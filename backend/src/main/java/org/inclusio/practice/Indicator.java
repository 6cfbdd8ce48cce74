package org.inclusio.practice;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator with where it stands: {@code actual} is computed from the records over the indicator's period (up to
 * today) when it has a metric, otherwise it is the latest measurement; {@code null} when nothing is measured yet.
 *
 * @param progress actual against target as a share (0.5 is half way, above 1 is more than the target); {@code null}
 *                 without an actual or with a target of 0
 */
public record Indicator(IndicatorId id, long version, PracticeId practice, @Nullable ObjectiveId objective, String name,
                        String unit, @Nullable BigDecimal baseline, BigDecimal target, LocalDate periodFrom,
                        LocalDate periodTo, @Nullable IndicatorMetric metric, @Nullable String source,
                        @Nullable BigDecimal actual, @Nullable LocalDate actualAsOf, @Nullable BigDecimal progress,
                        List<Measurement> measurements) {

    /** The share of the target {@code actual} reaches, to two decimals. */
    public static @Nullable BigDecimal progress(@Nullable BigDecimal actual, BigDecimal target) {
        if (actual == null || target.signum() == 0) {
            return null;
        }
        return actual.divide(target, 2, RoundingMode.HALF_UP);
    }
}
