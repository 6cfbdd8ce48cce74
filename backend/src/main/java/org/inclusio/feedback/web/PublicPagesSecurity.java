package org.inclusio.feedback.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The public feedback pages ({@code /f/**}, {@code /o/**}) are open to anybody and keep no state: no session, no
 * cookie, and so no CSRF token either. There is nothing to forge a request for: nobody is signed in on these pages and
 * a forged submission is no different from a real anonymous one, which the rate limits, the honeypot and the proof of
 * work already meet ({@link PublicIntakeAbuseFilter}). The security headers stay, with a Content-Security-Policy that
 * allows the pages' own inline style (by its hash) and script file only, and no referrer, so that a channel's token
 * never leaves in a {@code Referer}.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesSecurity {

    @Bean
    @Order(4)
    SecurityFilterChain publicPagesSecurityFilterChain(HttpSecurity http, PublicPagesRenderer pages)
            throws Exception {
        return http
                .securityMatcher("/f/**", "/o/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(pages.contentSecurityPolicy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=()")))
                .build();
    }

    /** Around everything, Spring Security included, so that no failure leaves the public pages. */
    @Bean
    FilterRegistrationBean<PublicPagesFailureFilter> publicPagesFailureFilter(PublicPagesRenderer pages) {
        var registration = new FilterRegistrationBean<>(new PublicPagesFailureFilter(pages));
        registration.addUrlPatterns("/f/*", "/o/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After Spring Security (so refusals carry the security headers), before everything that reads a body. */
    @Bean
    FilterRegistrationBean<PublicIntakeAbuseFilter> publicIntakeAbuseFilter(PublicIntakeThrottle throttle,
                                                                            AltchaChallenges altcha,
                                                                            PublicPagesRenderer pages,
                                                                            FeedbackAbuseProperties properties) {
        var registration = new FilterRegistrationBean<>(new PublicIntakeAbuseFilter(throttle, altcha, pages,
                properties));
        registration.addUrlPatterns("/f/*", "/api/v1/public/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
