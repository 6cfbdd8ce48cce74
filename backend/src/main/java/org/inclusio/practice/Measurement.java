package org.inclusio.practice;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded value of a hand-measured indicator. */
public record Measurement(UUID id, LocalDate measuredOn, BigDecimal value, @Nullable String note, UUID recordedBy) {
}
