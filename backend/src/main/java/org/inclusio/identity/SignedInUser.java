package org.inclusio.identity;

import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.ActorAuthorities;
import org.inclusio.shared.security.HasActor;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serial;

/**
 * A person signed in to the staff UI through OpenID Connect, acting in one organisation. Switching organisation
 * replaces it with {@link #withActor(Actor)}; the identity token stays the same.
 */
public final class SignedInUser extends DefaultOidcUser implements HasActor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;

    public SignedInUser(OidcUser user, Actor actor) {
        super(ActorAuthorities.of(actor), user.getIdToken(), user.getUserInfo());
        this.actor = actor;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    public SignedInUser withActor(Actor newActor) {
        return new SignedInUser(this, newActor);
    }

    @Override
    public String getName() {
        return actor.name();
    }
}
