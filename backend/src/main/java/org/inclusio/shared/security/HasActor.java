package org.inclusio.shared.security;

/**
 * Implemented by the authentications and principals Inclusio creates after verifying a credential: a signed-in
 * person's OpenID Connect user, an API token.
 */
public interface HasActor {

    Actor actor();
}
