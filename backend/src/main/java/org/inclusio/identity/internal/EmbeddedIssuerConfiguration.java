package org.inclusio.identity.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The embedded OAuth2 / OpenID Connect issuer (Spring Authorization Server) used when no external issuer is
 * configured: the staff UI signs in through it, API clients get their tokens from it. People's credentials are the
 * password hashes in {@code user_account}; machine clients are the organisations' {@code api_client}s.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedIssuerCondition.class)
class EmbeddedIssuerConfiguration {

    /**
     * The issuer's sign-in keeps its own security context in the session, so that signing in at the issuer does not
     * by itself sign anybody in to the staff UI: that only happens when the UI has completed OpenID Connect.
     */
    static final String ISSUER_SESSION_CONTEXT = "INCLUSIO_ISSUER_SECURITY_CONTEXT";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http, SignInThrottle throttle)
            throws Exception {
        var authorizationServer = new OAuth2AuthorizationServerConfigurer();
        var contextRepository = new HttpSessionSecurityContextRepository();
        contextRepository.setSpringSecurityContextKey(ISSUER_SESSION_CONTEXT);
        var loginPage = PathPatternRequestMatcher.withDefaults().matcher(SignInPage.PATH);
        return http
                .securityMatcher(new OrRequestMatcher(authorizationServer.getEndpointsMatcher(), loginPage))
                .with(authorizationServer, server -> server
                        .oidc(Customizer.withDefaults())
                        .clientAuthentication(clients -> clients
                                .authenticationProviders(providers -> providers.replaceAll(provider ->
                                        provider instanceof ClientSecretAuthenticationProvider
                                                ? new ClientSecretThrottling(provider, throttle) : provider))
                                .errorResponseHandler((request, response, exception) ->
                                        ClientSecretThrottling.refuse(response, exception))))
                .authorizeHttpRequests(requests -> requests.requestMatchers(loginPage).permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .formLogin(form -> form.loginPage(SignInPage.PATH).failureHandler(SignInPage.failureHandler()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SignInPage.PATH),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /** Signing keys live as long as the process: a restart signs everybody out of the API, nothing else. */
    @Bean
    JWKSource<SecurityContext> jwkSource() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new InMemoryOAuth2AuthorizationService();
    }

    /**
     * People's sign-in at {@code /login}. The only authentication provider bean, so that it is the one Spring Security
     * puts into the global authentication manager that form login uses (see {@link PasswordSignIn}).
     */
    @Bean
    PasswordSignIn passwordSignIn(ActorResolver actors, PasswordEncoder passwords, SignInThrottle throttle,
                                  SignInAuditing auditing) {
        return new PasswordSignIn(accounts(actors), passwords, throttle, auditing);
    }

    /** Accounts with a password here; disabled when inactive or without a usable membership. */
    private static UserDetailsService accounts(ActorResolver actors) {
        return username -> {
            var account = actors.accountByUsername(username)
                    .filter(candidate -> candidate.passwordHash() != null)
                    .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
            boolean usable = account.active() && actors.forAccount(account, null).isPresent();
            return User.withUsername(account.username())
                    .password(account.passwordHash())
                    .disabled(!usable)
                    .build();
        };
    }
}
