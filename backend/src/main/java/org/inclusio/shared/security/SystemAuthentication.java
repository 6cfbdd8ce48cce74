package org.inclusio.shared.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.io.Serial;

/** Inclusio itself acting, with explicit rights, for work nobody signed in for (seeding demo data, scheduled jobs). */
class SystemAuthentication extends AbstractAuthenticationToken implements HasActor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;

    SystemAuthentication(Actor actor) {
        super(ActorAuthorities.of(actor));
        this.actor = actor;
        setAuthenticated(true);
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return actor.name();
    }
}
