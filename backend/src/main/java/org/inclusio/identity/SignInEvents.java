package org.inclusio.identity;

import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * Sign-in attempts. A failed attempt names the account only when it exists, never the text that was typed. Failures
 * come in bursts: only the first failure of a burst and the first lock it causes are events.
 */
public sealed interface SignInEvents {

    record SignedIn(UserAccountId user, String username, @Nullable TenantId organisation) implements SignInEvents {
    }

    record SignInFailed(@Nullable UserAccountId user, @Nullable String username, String reason)
            implements SignInEvents {
    }

    /**
     * Repeated failures locked further attempts for a while.
     *
     * @param scope what is locked: the account at one address, the account from anywhere, or one address
     * @param failures how many failures are remembered for it
     */
    record SignInLocked(@Nullable UserAccountId user, @Nullable String username, String scope, long failures,
                        Duration lock) implements SignInEvents {
    }
}
