package org.inclusio.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** How many people of one group took part in a participatory assessment. */
public record ParticipantCount(@NotNull ParticipantGroup group,
                               @NotNull @PositiveOrZero @Max(100_000) Integer count) {
}
