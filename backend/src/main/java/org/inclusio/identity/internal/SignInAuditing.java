package org.inclusio.identity.internal;

import org.inclusio.identity.SignInEvents.SignInFailed;
import org.inclusio.identity.SignInEvents.SignedIn;
import org.inclusio.identity.SignedInUser;
import org.inclusio.identity.UserAccountId;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Objects;

/**
 * Sign-in events for the audit log: a completed staff sign-in (OpenID Connect, embedded issuer or Keycloak; called by
 * the OpenID Connect user service once the person is known) and a refused password at the embedded issuer's sign-in
 * page (its failure handler). API requests authenticate on every call and are not sign-ins.
 */
@Component
class SignInAuditing {

    private final ApplicationEventPublisher events;
    private final UserAccountRepository accounts;
    private final TransactionTemplate readOnly;

    SignInAuditing(ApplicationEventPublisher events, UserAccountRepository accounts,
                   PlatformTransactionManager transactions) {
        this.events = events;
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void signedIn(SignedInUser user) {
        var actor = user.actor();
        events.publishEvent(new SignedIn(new UserAccountId(actor.id()), actor.name(),
                actor.tenantId() == null ? null : new TenantId(actor.tenantId())));
    }

    /** @param username what was typed; recorded only when such an account exists */
    void refused(String username, AuthenticationException exception) {
        String reason = exception.getClass().getSimpleName();
        var account = Objects.requireNonNull(readOnly.execute(status -> accounts.findByUsername(username)));
        events.publishEvent(account
                .map(known -> new SignInFailed(new UserAccountId(known.id()), known.username(), reason))
                .orElseGet(() -> new SignInFailed(null, null, reason)));
    }
}
