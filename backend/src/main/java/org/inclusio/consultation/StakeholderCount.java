package org.inclusio.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** How many people represented one kind of stakeholder at a group consultation. */
public record StakeholderCount(@NotNull StakeholderType type, @NotNull @PositiveOrZero @Max(100_000) Integer count) {
}
