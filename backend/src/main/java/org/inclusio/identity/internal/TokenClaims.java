package org.inclusio.identity.internal;

import org.inclusio.shared.security.Actor;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Access tokens of the embedded issuer name the API as their audience, which the resource server requires, and a
 * machine client's tokens say so ({@code client_id}, as Keycloak's service-account tokens do). A person's access
 * token carries the organisation it acts in ({@code tenant_id}): their default organisation at issuance, checked as
 * a usable membership. Switching organisation later changes the default for new tokens only.
 */
@Component
@Conditional(EmbeddedIssuerCondition.class)
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final IdentityProperties properties;
    private final ActorResolver actors;

    TokenClaims(IdentityProperties properties, ActorResolver actors) {
        this.properties = properties;
        this.actors = actors;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getClaims().audience(List.of(properties.audience()));
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            context.getClaims().claim(ActorJwtAuthenticationConverter.CLIENT_CLAIM,
                    context.getRegisteredClient().getClientId());
            return;
        }
        // A platform administrator without an organisation gets no claim and stays outside every organisation.
        actors.forUsername(context.getPrincipal().getName(), null)
                .map(Actor::tenantId)
                .ifPresent(tenant -> context.getClaims().claim(ActorJwtAuthenticationConverter.TENANT_CLAIM,
                        tenant.toString()));
    }
}
