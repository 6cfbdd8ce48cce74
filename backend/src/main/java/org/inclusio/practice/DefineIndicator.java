package org.inclusio.practice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator as defined or corrected. Beyond the format checks the service refuses, field by field: an objective
 * the practice does not have and a period that ends before it starts.
 *
 * @param objective the objective it measures; {@code null} for one of the practice as a whole
 * @param unit      what is counted, e.g. "migrant clients", "clerks", "leaflets"
 * @param metric    how Inclusio computes it; {@code null} when it is measured by hand
 * @param source    where the figure comes from, in words (e.g. "attendance lists")
 */
public record DefineIndicator(@Nullable ObjectiveId objective,
                              @NotBlank @Size(max = 300) String name,
                              @NotBlank @Size(max = 100) String unit,
                              @Nullable @Digits(integer = 12, fraction = 2) BigDecimal baseline,
                              @NotNull @Digits(integer = 12, fraction = 2) BigDecimal target,
                              @NotNull LocalDate periodFrom,
                              @NotNull LocalDate periodTo,
                              @Nullable IndicatorMetric metric,
                              @Nullable @Size(max = 500) String source) {

    public DefineIndicator {
        name = name == null ? null : name.strip();
        unit = unit == null ? null : unit.strip();
        source = source == null || source.isBlank() ? null : source.strip();
    }
}
