package org.inclusio.evaluation;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * Evaluate a practice periodically: against a framework, every quarter, half-year or year, the first period starting
 * on the given day.
 */
public record ScheduleEvaluations(@NotNull FrameworkId framework, @NotNull Cadence cadence,
                                  @NotNull LocalDate firstPeriodFrom) {

    public enum Cadence {
        QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

        private final int months;

        Cadence(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }

        public static Cadence ofMonths(int months) {
            for (Cadence cadence : values()) {
                if (cadence.months == months) {
                    return cadence;
                }
            }
            throw new IllegalArgumentException("No cadence of " + months + " months");
        }
    }
}
