package org.inclusio.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An organisation that works with the practice, and what it does in it. */
public record PracticePartner(@NotBlank @Size(max = 200) String name, @NotNull PartnerType type,
                              @Nullable @Size(max = 500) String role) {

    public PracticePartner {
        name = name == null ? null : name.strip();
        role = role == null || role.isBlank() ? null : role.strip();
    }
}
