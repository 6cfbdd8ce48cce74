package org.inclusio.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * "Sign in to accept" on an invitation page: a route that needs a signed-in person, so Spring Security asks for
 * signing in first and comes back here, which leads to the invitation again, now signed in.
 */
@Route(value = "invitation/sign-in", autoLayout = false)
@PermitAll
class InvitationSignInView extends Div implements HasUrlParameter<String> {

    @Override
    public void setParameter(BeforeEvent event, String token) {
        event.forwardTo(InvitationView.class, token);
    }
}
