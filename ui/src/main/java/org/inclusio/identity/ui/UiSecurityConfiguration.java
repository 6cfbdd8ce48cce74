package org.inclusio.identity.ui;

import org.inclusio.identity.SessionActors;
import org.inclusio.tenant.OrganisationDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

/**
 * The staff UI: server-side sessions, signed in through OpenID Connect at the configured issuer, signed out at the
 * issuer too. Views declare who may open them; the services check again. Every request re-checks the session's
 * actor ({@link SessionCheck}), so that ended access ends the session and changed roles apply at once.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    static final String SIGN_IN = "/oauth2/authorization/inclusio";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http, SessionActors sessionActors,
                                              OrganisationDirectory organisations) throws Exception {
        return http
                // any other address of a signed-in person goes to Vaadin, which shows the not-found page (Vaadin's
                // default denies them with an empty 403 that the browser shows as its own error)
                .with(vaadin(), vaadin -> vaadin.oauth2LoginPage(SIGN_IN, "{baseUrl}/")
                        .anyRequest(any -> any.authenticated()))
                .addFilterBefore(new SessionCheck(sessionActors, organisations), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .build();
    }
}
