package org.inclusio.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A checklist item's rating and note; {@code rating} {@code null} while not judged yet. */
public record ItemRating(@NotBlank @Size(max = 40) String item, @Nullable Rating rating,
                         @Nullable @Size(max = 4000) String note) {

    public ItemRating {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
