package org.inclusio.identity;

import org.inclusio.shared.security.Actor;

import java.util.Optional;

/**
 * Re-checks the actor of a long-lived staff UI session against what is true now, so that a deactivated member, a
 * demoted administrator or a member of a suspended organisation does not keep working until they sign out. The API
 * needs no such check: it resolves the actor afresh on every request.
 */
public interface SessionActors {

    /**
     * The actor as it is now: the same one, the same person with their current roles and platform rights in the same
     * organisation, or nothing when their account, their membership there or the organisation is no longer active.
     * A verdict may be reused for a few seconds ({@code inclusio.security.session-recheck.max-age}); a change to a
     * membership, an account or an organisation's status on this node takes effect at once.
     */
    Optional<Actor> refresh(Actor actor);
}
