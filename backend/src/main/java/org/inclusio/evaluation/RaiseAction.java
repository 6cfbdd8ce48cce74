package org.inclusio.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inclusio.identity.UserAccountId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * An improvement action as raised or corrected. The service refuses an item the framework does not have and an owner
 * who is not an active member of the organisation.
 *
 * @param item the checklist item it is about, if one
 * @param done the day it was done; {@code null} while open
 */
public record RaiseAction(@Nullable @Size(max = 40) String item, @NotBlank @Size(max = 1000) String description,
                          @NotNull UserAccountId owner, @NotNull LocalDate dueOn, @Nullable LocalDate done) {

    public RaiseAction {
        item = item == null || item.isBlank() ? null : item.strip();
        description = description == null ? null : description.strip();
    }
}
