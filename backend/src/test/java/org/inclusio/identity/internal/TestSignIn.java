package org.inclusio.identity.internal;

import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.security.Actor;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Signs a demo account in for tests without a browser: the same actor resolution and principal as a real staff
 * sign-in, minus the OpenID Connect round trip.
 */
public final class TestSignIn {

    private TestSignIn() {
    }

    public static Actor as(ApplicationContext context, String username) {
        Actor actor = context.getBean(ActorResolver.class).forUsername(username, null)
                .orElseThrow(() -> new IllegalArgumentException("No usable account " + username));
        signIn(actor);
        return actor;
    }

    public static void signIn(Actor actor) {
        var idToken = new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(600),
                Map.of("sub", actor.name(), "preferred_username", actor.name()));
        var user = new SignedInUser(new DefaultOidcUser(List.of(), idToken), actor);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "inclusio"));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
