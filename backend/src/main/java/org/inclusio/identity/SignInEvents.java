package org.inclusio.identity;

import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;

/** Sign-in attempts. A failed attempt names the account only when it exists, never the text that was typed. */
public sealed interface SignInEvents {

    record SignedIn(UserAccountId user, String username, @Nullable TenantId organisation) implements SignInEvents {
    }

    record SignInFailed(@Nullable UserAccountId user, @Nullable String username, String reason)
            implements SignInEvents {
    }
}
