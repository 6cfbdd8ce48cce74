package org.inclusio.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.inclusio.shared.security.CurrentActor;
import org.jspecify.annotations.Nullable;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * Where a staff session lands when it has ended: because the person's access ended (their membership, account or
 * organisation) or because it expired. Says which, in the person's language, and offers to sign in again.
 */
@Route(value = SessionEndedView.ROUTE, autoLayout = false)
@AnonymousAllowed
class SessionEndedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "session-ended";
    /** The session attribute {@link SessionCheck} leaves in the new, anonymous session. */
    static final String NOTICE = SessionEndedView.class.getName() + ".notice";

    /**
     * @param organisation the organisation the person can no longer work in, or {@code null} outside any
     * @param language the language the person used
     */
    record Notice(@Nullable String organisation, Locale language) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    SessionEndedView() {
        var notice = VaadinSession.getCurrent().getSession().getAttribute(NOTICE) instanceof Notice found
                ? found : null;
        if (notice != null) {
            VaadinSession.getCurrent().setLocale(notice.language());
            UI.getCurrent().setLocale(notice.language());
        }
        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        var heading = new H1(getTranslation(notice != null ? "session-ended.access.heading" : "session-ended.expired.heading"));
        var message = new Paragraph(notice == null ? getTranslation("session-ended.expired.text")
                : notice.organisation() != null ? getTranslation("session-ended.access.organisation", notice.organisation())
                : getTranslation("session-ended.access.platform"));
        message.addClassName("session-ended-message");
        var signIn = new Anchor("/", getTranslation("session-ended.sign-in"));
        signIn.getElement().setAttribute("router-ignore", true);
        signIn.addClassName("session-ended-sign-in");
        var card = new Div(brand, heading, message, signIn);
        card.addClassName("standalone-card");
        add(card);
        addClassName("standalone-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentActor.get().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session-ended.title");
    }
}
