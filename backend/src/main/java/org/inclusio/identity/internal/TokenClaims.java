package org.inclusio.identity.internal;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Access tokens of the embedded issuer name the API as their audience, which the resource server requires, and a
 * machine client's tokens say so ({@code client_id}, as Keycloak's service-account tokens do).
 */
@Component
@Conditional(EmbeddedIssuerCondition.class)
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final IdentityProperties properties;

    TokenClaims(IdentityProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().audience(List.of(properties.audience()));
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                context.getClaims().claim(ActorJwtAuthenticationConverter.CLIENT_CLAIM,
                        context.getRegisteredClient().getClientId());
            }
        }
    }
}
