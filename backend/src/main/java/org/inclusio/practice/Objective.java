package org.inclusio.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An objective of the results framework.
 *
 * @param id {@code null} for a new objective; an existing one keeps its id, and with it its indicators
 */
public record Objective(@Nullable ObjectiveId id, @NotBlank @Size(max = 1000) String text) {

    public Objective {
        text = text == null ? null : text.strip();
    }
}
