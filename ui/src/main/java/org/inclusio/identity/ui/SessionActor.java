package org.inclusio.identity.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.Optional;

/**
 * The signed-in person's actor in their session: replaced after the profile service allowed a switch of
 * organisation, or when a re-check found other roles.
 */
final class SessionActor {

    private SessionActor() {
    }

    /** The current request's staff session, if it is one. */
    static Optional<Actor> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof SignedInUser user ? Optional.of(user.actor()) : Optional.empty();
    }

    /** Replaces the actor during a Vaadin request. */
    static void replace(Actor actor) {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        replace(actor, request != null ? request.getHttpServletRequest() : null,
                response != null ? response.getHttpServletResponse() : null);
    }

    /** Replaces the actor for the rest of this request and, when there is one, in the HTTP session. */
    static void replace(Actor actor, @Nullable HttpServletRequest request, @Nullable HttpServletResponse response) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof SignedInUser user)) {
            throw new IllegalStateException("Not a staff session");
        }
        var replaced = user.withActor(actor);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(replaced, replaced.getAuthorities(),
                token.getAuthorizedClientRegistrationId()));
        SecurityContextHolder.setContext(context);
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
    }
}
