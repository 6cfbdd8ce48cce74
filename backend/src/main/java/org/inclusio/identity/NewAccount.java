package org.inclusio.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new person's own account, chosen when they accept an invitation through its link. */
public record NewAccount(
        @NotBlank @Size(max = 64) @Pattern(regexp = Members.USERNAME_PATTERN, message = "{inclusio.username}")
        String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank String password) {

    @Override
    public String toString() {
        return "NewAccount[username=" + username + "]";
    }
}
