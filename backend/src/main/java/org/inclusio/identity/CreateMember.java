package org.inclusio.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * Adds a person to the current organisation. If an account with this username exists (the person works for
 * another organisation too) it gains a membership; otherwise the account is created with a one-time password.
 */
public record CreateMember(
        @NotBlank @Size(max = 64) @Pattern(regexp = Members.USERNAME_PATTERN, message = "{inclusio.username}") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Nullable @Email @Size(max = 254) String email,
        @NotEmpty Set<@NotNull Role> roles) {
}
