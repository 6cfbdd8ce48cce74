package org.inclusio.identity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * Invites a person to the current organisation, by e-mail address or by the username of their Inclusio account
 * (exactly one of the two). Nothing about an existing account is revealed to the inviting administrator.
 *
 * @param displayName how the administrator calls the person; a new person may change it when accepting
 */
public record InviteMember(
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Size(max = 64) @Pattern(regexp = Members.USERNAME_PATTERN, message = "{inclusio.username}")
        String username,
        @Nullable @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull Role> roles) {

    public InviteMember {
        email = blankToNull(email);
        username = blankToNull(username);
        displayName = blankToNull(displayName);
    }

    @AssertTrue(message = "{inclusio.invitee}")
    public boolean isEmailOrUsername() {
        return (email == null) != (username == null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
