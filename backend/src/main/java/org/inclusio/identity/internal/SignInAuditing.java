package org.inclusio.identity.internal;

import org.inclusio.identity.SignInEvents.SignInFailed;
import org.inclusio.identity.SignInEvents.SignedIn;
import org.inclusio.identity.SignedInUser;
import org.inclusio.identity.UserAccountId;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Objects;

/**
 * Turns Spring Security's authentication events into sign-in events for the audit log: a completed staff sign-in
 * (OpenID Connect, embedded issuer or Keycloak) and a refused password at the embedded issuer. API requests
 * authenticate on every call and are not sign-ins.
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

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        if ((authentication instanceof OAuth2AuthenticationToken || authentication instanceof OAuth2LoginAuthenticationToken)
                && authentication.getPrincipal() instanceof SignedInUser user) {
            var actor = user.actor();
            events.publishEvent(new SignedIn(new UserAccountId(actor.id()), actor.name(),
                    actor.tenantId() == null ? null : new TenantId(actor.tenantId())));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        String reason = event.getException().getClass().getSimpleName();
        var account = Objects.requireNonNull(readOnly.execute(status -> accounts.findByUsername(attempt.getName())));
        events.publishEvent(account
                .map(known -> new SignInFailed(new UserAccountId(known.id()), known.username(), reason))
                .orElseGet(() -> new SignInFailed(null, null, reason)));
    }
}
