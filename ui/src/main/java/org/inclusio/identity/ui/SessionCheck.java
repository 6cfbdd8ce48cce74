package org.inclusio.identity.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.inclusio.identity.SessionActors;
import org.inclusio.shared.security.Actor;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantId;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * Re-checks the actor of a staff session on every request of the staff UI (page loads, Vaadin's UIDL and heartbeat
 * requests): the same actor continues; other roles replace the session's actor before anything else runs; an ended
 * account, membership or organisation ends the session. A page load is then sent to the page that says so; a Vaadin
 * request finds its session gone and the browser goes to that page too (see {@link SessionMessages}).
 */
final class SessionCheck extends OncePerRequestFilter {

    private final SessionActors sessionActors;
    private final OrganisationDirectory organisations;

    SessionCheck(SessionActors sessionActors, OrganisationDirectory organisations) {
        this.sessionActors = sessionActors;
        this.organisations = organisations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var actor = SessionActor.current();
        if (actor.isPresent()) {
            var now = sessionActors.refresh(actor.get());
            if (now.isEmpty()) {
                end(request, actor.get());
                if (request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER) == null) {
                    response.sendRedirect(request.getContextPath() + "/" + SessionEndedView.ROUTE);
                    return;
                }
            } else if (!now.get().equals(actor.get())) {
                SessionActor.replace(now.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Ends the session; a new one keeps only which organisation it was and the language, for the message. */
    private void end(HttpServletRequest request, Actor actor) {
        HttpSession session = request.getSession(false);
        Locale language = session != null ? languageOf(session).orElse(request.getLocale()) : request.getLocale();
        String organisation = Optional.ofNullable(actor.tenantId())
                .flatMap(tenant -> organisations.find(new TenantId(tenant)))
                .map(Organisation::name)
                .orElse(null);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        request.getSession(true).setAttribute(SessionEndedView.NOTICE,
                new SessionEndedView.Notice(organisation, language));
    }

    /** The language the person chose in the UI, kept in their Vaadin session. */
    private static Optional<Locale> languageOf(HttpSession session) {
        for (String name : Collections.list(session.getAttributeNames())) {
            if (session.getAttribute(name) instanceof VaadinSession vaadinSession) {
                var lock = vaadinSession.getLockInstance();
                lock.lock();
                try {
                    return Optional.ofNullable(vaadinSession.getLocale());
                } finally {
                    lock.unlock();
                }
            }
        }
        return Optional.empty();
    }
}
