package org.inclusio.identity.internal;

import org.inclusio.identity.SignInEvents.SignInFailed;
import org.inclusio.identity.SignInEvents.SignedIn;
import org.inclusio.identity.SignedInUser;
import org.inclusio.identity.UserAccountId;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Sign-in events for the audit log: a completed staff sign-in (OpenID Connect, embedded issuer or Keycloak; called by
 * the OpenID Connect user service once the person is known) and a refused password at the embedded issuer's sign-in
 * page (its failure handler). API requests authenticate on every call and are not sign-ins.
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

    /** @param username what was typed; recorded only when such an account exists */
    void refused(String username, AuthenticationException exception) {
        String reason = exception.getClass().getSimpleName();
        var account = actors.accountByUsername(username);
        events.publishEvent(account
                .map(known -> new SignInFailed(new UserAccountId(known.id()), known.username(), reason))
                .orElseGet(() -> new SignInFailed(null, null, reason)));
    }
}
