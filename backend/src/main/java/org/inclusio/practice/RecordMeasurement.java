package org.inclusio.practice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of a hand-measured indicator, as of a date: the running total so far (e.g. 600 leaflets distributed by
 * March). The service refuses a date after today and a measurement of a computed indicator.
 */
public record RecordMeasurement(@NotNull LocalDate measuredOn,
                                @NotNull @Digits(integer = 12, fraction = 2) BigDecimal value,
                                @Nullable @Size(max = 500) String note) {

    public RecordMeasurement {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
