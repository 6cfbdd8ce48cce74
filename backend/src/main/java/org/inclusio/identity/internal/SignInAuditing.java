package org.inclusio.identity.internal;

import org.inclusio.identity.SignInEvents.SignInFailed;
import org.inclusio.identity.SignInEvents.SignInLocked;
import org.inclusio.identity.SignInEvents.SignedIn;
import org.inclusio.identity.SignedInUser;
import org.inclusio.identity.UserAccountId;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Sign-in events for the audit log: a completed staff sign-in (OpenID Connect, embedded issuer or Keycloak; called by
 * the OpenID Connect user service once the person is known) and refused passwords at the embedded issuer's sign-in
 * page or in a password change, in bursts. API requests authenticate on every call and are not sign-ins.
 */
@Component
class SignInAuditing {

    private final ApplicationEventPublisher events;
    private final ActorResolver actors;

    SignInAuditing(ApplicationEventPublisher events, ActorResolver actors) {
        this.events = events;
        this.actors = actors;
    }

    void signedIn(SignedInUser user) {
        var actor = user.actor();
        events.publishEvent(new SignedIn(new UserAccountId(actor.id()), actor.name(),
                actor.tenantId() == null ? null : new TenantId(actor.tenantId())));
    }

    /**
     * A refused password or current password, recorded once per burst: the first failure of a burst, and the first
     * lock the burst causes in each scope. Further failures only count.
     *
     * @param username what was typed; recorded only when such an account exists
     */
    void refused(String username, String reason, SignInThrottle.Failure failure) {
        var firstLocks = failure.locks().stream().filter(SignInThrottle.Lock::first).toList();
        if (!failure.firstOfBurst() && firstLocks.isEmpty()) {
            return;
        }
        var account = actors.accountByUsername(username);
        var user = account.map(known -> new UserAccountId(known.id())).orElse(null);
        var name = account.map(UserAccountEntity::username).orElse(null);
        if (failure.firstOfBurst()) {
            events.publishEvent(new SignInFailed(user, name, reason));
        }
        firstLocks.forEach(lock -> events.publishEvent(new SignInLocked(user, name,
                lock.scope().name().toLowerCase(Locale.ROOT), lock.failures(), lock.duration())));
    }
}
