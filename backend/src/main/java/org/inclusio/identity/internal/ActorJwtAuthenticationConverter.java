package org.inclusio.identity.internal;

import org.inclusio.shared.security.Actor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * After the signature, issuer, audience and lifetime checks: who does this token act for? A machine client's
 * organisation is the one it was created in. A person's is the {@code tenant_id} claim the embedded issuer fixes at
 * issuance; when that membership is no longer usable the token is refused, never moved to another organisation.
 * Tokens of an external issuer carry no such claim and act in the person's default organisation. Every request
 * re-checks that the organisation is active, the membership is active and the client is not revoked, so suspension
 * and revocation take effect at once.
 */
@Component
class ActorJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String TENANT_CLAIM = "tenant_id";
    static final String CLIENT_CLAIM = "client_id";

    private final ActorResolver actors;
    private final ExternalIdentities identities;

    ActorJwtAuthenticationConverter(ActorResolver actors, ExternalIdentities identities) {
        this.actors = actors;
        this.identities = identities;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null) {
            throw new InvalidBearerTokenException("The token has no subject");
        }
        Actor actor;
        String clientId = jwt.getClaimAsString(CLIENT_CLAIM);
        if (clientId != null && actors.tenantOfClient(clientId).isPresent()) {
            actor = actors.forClient(clientId, scopes(jwt))
                    .orElseThrow(() -> new InvalidBearerTokenException("The client is revoked or suspended"));
        } else {
            UUID tenant = requestedTenant(jwt);
            actor = identities.username(jwt.getClaimAsString(JwtClaimNames.ISS), subject,
                            jwt.getClaimAsString(StandardClaimNames.PREFERRED_USERNAME))
                    .flatMap(username -> actors.forUsername(username, tenant))
                    .orElseThrow(() -> new InvalidBearerTokenException("The account or organisation is not active"));
        }
        return new ActorJwtAuthentication(jwt, actor);
    }

    private static UUID requestedTenant(Jwt jwt) {
        String tenant = jwt.getClaimAsString(TENANT_CLAIM);
        if (tenant == null) {
            return null;
        }
        try {
            return UUID.fromString(tenant);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Malformed organisation claim");
        }
    }

    private static Set<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope instanceof String text) {
            return Set.of(text.split(" "));
        }
        if (scope instanceof Collection<?> collection) {
            var scopes = new HashSet<String>();
            collection.forEach(item -> scopes.add(String.valueOf(item)));
            return scopes;
        }
        return Set.of();
    }
}
