package org.inclusio.identity.internal;

import org.inclusio.identity.ApiScope;
import org.inclusio.shared.security.RandomSecrets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The clients of the embedded issuer: the staff UI (confidential, authorization code), {@code inclusio-cli} (a public
 * loopback client with PKCE for people using the API from a terminal), and the organisations' machine clients
 * (client credentials), looked up in the database on every request so a revocation takes effect at once.
 */
@Component
@Conditional(EmbeddedIssuerCondition.class)
class RegisteredClients implements RegisteredClientRepository {

    static final String UI_CLIENT = "inclusio-ui";
    static final String CLI_CLIENT = "inclusio-cli";
    static final String REGISTRATION_ID = "inclusio";

    private static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);

    private final RegisteredClient uiClient;
    private final RegisteredClient cliClient;
    private final String uiClientSecret;
    private final ActorResolver actors;

    RegisteredClients(IdentityProperties properties, ActorResolver actors, PasswordEncoder passwords) {
        this.actors = actors;
        this.uiClientSecret = RandomSecrets.urlSafe(32);
        this.uiClient = RegisteredClient.withId(UI_CLIENT)
                .clientId(UI_CLIENT)
                .clientSecret(passwords.encode(uiClientSecret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(properties.issuer() + "/login/oauth2/code/" + REGISTRATION_ID)
                .postLogoutRedirectUri(properties.issuer() + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build())
                .build();
        this.cliClient = RegisteredClient.withId(CLI_CLIENT)
                .clientId(CLI_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/callback")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build())
                .build();
    }

    String uiClientSecret() {
        return uiClientSecret;
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return switch (clientId) {
            case UI_CLIENT -> uiClient;
            case CLI_CLIENT -> cliClient;
            default -> actors.activeClient(clientId).map(RegisteredClients::machineClient).orElse(null);
        };
    }

    /** Machine clients are registered under their client id, which is unique across organisations. */
    @Override
    public @Nullable RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    /**
     * The issuer calls this only to re-hash a secret stored with an outdated encoding. Registrations here are derived
     * (from configuration or from {@code api_client}), so there is nothing to store; clients are managed through
     * {@link org.inclusio.identity.ApiClientService}.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
    }

    private static RegisteredClient machineClient(ApiClientEntity client) {
        var builder = RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret(client.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build());
        client.scopes().stream().map(ApiScope::value).forEach(builder::scope);
        return builder.build();
    }

}
