package org.inclusio.identity.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.security.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Replaces the signed-in person's actor in their session, after the profile service allowed the switch. */
final class SessionActor {

    private SessionActor() {
    }

    static void replace(Actor actor) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof SignedInUser user)) {
            throw new IllegalStateException("Not a staff session");
        }
        var switched = user.withActor(actor);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(switched, switched.getAuthorities(),
                token.getAuthorizedClientRegistrationId()));
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                    response.getHttpServletResponse());
        }
    }
}
