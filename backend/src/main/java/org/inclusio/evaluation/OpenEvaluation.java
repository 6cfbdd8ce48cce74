package org.inclusio.evaluation;

import jakarta.validation.constraints.NotNull;
import org.inclusio.practice.PracticeId;

import java.time.LocalDate;

/** Opens a draft evaluation of a practice over a period against a framework version. */
public record OpenEvaluation(@NotNull PracticeId practice, @NotNull FrameworkId framework,
                             @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo) {
}
