package org.inclusio.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What changed in the service because of a finding, and when: the loop from what people said to a better service. */
public record ActionTaken(@NotBlank @Size(max = 2000) String whatChanged, @NotNull LocalDate changedOn) {
}
