package org.inclusio.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.Gender;

/** Anonymous participants of a group consultation in one cell of the gender × age band grid. */
public record Headcount(@NotNull Gender gender, @NotNull AgeBand ageBand, @NotNull @PositiveOrZero @Max(100_000) Integer count) {
}
