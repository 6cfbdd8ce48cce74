package org.inclusio.identity;

/** What happened to a person's account, whatever organisation they work in. */
public sealed interface AccountEvents {

    record PasswordChanged(UserAccountId user, String username) implements AccountEvents {
    }
}
