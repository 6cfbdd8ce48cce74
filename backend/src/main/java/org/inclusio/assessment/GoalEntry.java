package org.inclusio.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A goal of the integration plan, agreed with the person. */
public record GoalEntry(@NotBlank @Size(max = 500) String goal, @Nullable NeedDomainId domain,
                        @Nullable LocalDate targetDate, @NotNull GoalStatus status) {
}
