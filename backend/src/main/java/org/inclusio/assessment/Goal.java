package org.inclusio.assessment;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A goal of the integration plan as stored; {@code domainCode} is the code of {@code domain}, for display. */
public record Goal(String goal, @Nullable NeedDomainId domain, @Nullable String domainCode,
                   @Nullable LocalDate targetDate, GoalStatus status) {
}
