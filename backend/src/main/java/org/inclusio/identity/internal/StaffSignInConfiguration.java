package org.inclusio.identity.internal;

import org.inclusio.identity.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.function.SingletonSupplier;

/**
 * The staff UI as an OpenID Connect client of the configured issuer: the embedded one by default, Keycloak in
 * production (only {@code inclusio.security.issuer-uri} and the client credentials change).
 */
@Configuration(proxyBeanMethods = false)
class StaffSignInConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Built on first use: the issuer may be this very application, which is not listening yet at start-up. */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(IdentityProperties properties,
                                                              ObjectProvider<RegisteredClients> embeddedClients) {
        var registration = SingletonSupplier.of(() -> properties.embeddedIssuer()
                ? embedded(properties, embeddedClients.getObject())
                : ClientRegistrations.fromIssuerLocation(properties.issuer())
                        .registrationId(RegisteredClients.REGISTRATION_ID)
                        .clientId(properties.clientId())
                        .clientSecret(properties.clientSecret())
                        .scope("openid", "profile")
                        .build());
        return registrationId -> RegisteredClients.REGISTRATION_ID.equals(registrationId) ? registration.get() : null;
    }

    private static ClientRegistration embedded(IdentityProperties properties, RegisteredClients clients) {
        String issuer = properties.issuer();
        return ClientRegistration.withRegistrationId(RegisteredClients.REGISTRATION_ID)
                .clientId(RegisteredClients.UI_CLIENT)
                .clientSecret(clients.uiClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientName("Inclusio")
                .build();
    }

    /** Who signed in, as an Inclusio actor in their default organisation; refused without a usable membership. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(ActorResolver actors, ExternalIdentities identities,
                                                                 SignInAuditing auditing) {
        var standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            return identities.username(user.getIdToken().getClaimAsString(IdTokenClaimNames.ISS), user.getSubject(),
                            user.getPreferredUsername())
                    .flatMap(username -> actors.forUsername(username, null))
                    .map(actor -> {
                        var signedIn = new SignedInUser(user, actor);
                        auditing.signedIn(signedIn);
                        return signedIn;
                    })
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                            "No active membership in an active organisation", null)));
        };
    }
}
