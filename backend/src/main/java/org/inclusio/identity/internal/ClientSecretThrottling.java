package org.inclusio.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.identity.TooManyAttemptsException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Client secrets at the token endpoint, throttled like people's passwords (by client id and address): wraps the
 * issuer's client-secret check, and answers a locked client with {@code 429} and {@code Retry-After}.
 */
class ClientSecretThrottling implements AuthenticationProvider {

    private static final Set<ClientAuthenticationMethod> SECRET_METHODS = Set.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST);

    /** Refused because of earlier failures, before the secret was checked. */
    static final class ClientLockedException extends OAuth2AuthenticationException {

        private final Duration retryAfter;

        ClientLockedException(Duration retryAfter) {
            super(new OAuth2Error("temporarily_unavailable", "Too many failed attempts; retry after "
                    + TooManyAttemptsException.seconds(retryAfter) + " seconds", null));
            this.retryAfter = retryAfter;
        }
    }

    private final AuthenticationProvider secrets;
    private final SignInThrottle throttle;

    ClientSecretThrottling(AuthenticationProvider secrets, SignInThrottle throttle) {
        this.secrets = secrets;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var client = (OAuth2ClientAuthenticationToken) authentication;
        if (!SECRET_METHODS.contains(client.getClientAuthenticationMethod())) {
            return secrets.authenticate(authentication);
        }
        var attempt = SignInThrottle.Attempt.client(String.valueOf(client.getPrincipal()),
                client.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                        ? details.getRemoteAddress() : "unknown");
        var locked = throttle.lockedFor(attempt);
        if (locked.isPresent()) {
            throw new ClientLockedException(locked.get());
        }
        try {
            Authentication authenticated = secrets.authenticate(authentication);
            if (authenticated != null) {
                throttle.succeeded(attempt);
            }
            return authenticated;
        } catch (OAuth2AuthenticationException refused) {
            if (OAuth2ErrorCodes.INVALID_CLIENT.equals(refused.getError().getErrorCode())) {
                var retryAfter = throttle.failed(attempt).retryAfter();
                if (retryAfter.isPresent()) {
                    throw new ClientLockedException(retryAfter.get());
                }
            }
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return secrets.supports(authentication);
    }

    /**
     * The token endpoint's answer to a refused client: as the issuer's own (401 for {@code invalid_client}, otherwise
     * 400, the error code only), and 429 with {@code Retry-After} while locked.
     */
    static void refuse(HttpServletResponse servletResponse, AuthenticationException exception) throws IOException {
        SecurityContextHolder.clearContext();
        OAuth2Error error = ((OAuth2AuthenticationException) exception).getError();
        var response = new ServletServerHttpResponse(servletResponse);
        if (exception instanceof ClientLockedException locked) {
            response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
            response.getHeaders().set(HttpHeaders.RETRY_AFTER,
                    String.valueOf(TooManyAttemptsException.seconds(locked.retryAfter)));
            new OAuth2ErrorHttpMessageConverter().write(error, null, response);
            return;
        }
        response.setStatusCode(OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode())
                ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST);
        new OAuth2ErrorHttpMessageConverter().write(new OAuth2Error(error.getErrorCode()), null, response);
    }
}
