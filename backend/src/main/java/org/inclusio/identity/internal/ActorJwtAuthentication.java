package org.inclusio.identity.internal;

import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.ActorAuthorities;
import org.inclusio.shared.security.HasActor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

import java.io.Serial;
import java.util.Map;

/** An API request authenticated by a verified JWT, acting as the resolved {@link Actor}. */
class ActorJwtAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> implements HasActor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;

    ActorJwtAuthentication(Jwt jwt, Actor actor) {
        super(jwt, actor.name(), jwt, ActorAuthorities.of(actor));
        this.actor = actor;
        setAuthenticated(true);
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return actor.name();
    }
}
