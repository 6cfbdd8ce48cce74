package org.inclusio.identity.internal;

import org.inclusio.shared.throttle.ThrottleBuckets.Store;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

import java.time.Duration;

/**
 * Sign-in and tokens.
 *
 * @param issuerUri the external OpenID Connect issuer (Keycloak: {@code https://…/realms/inclusio}); unset means
 *                  Inclusio's embedded issuer. {@code INCLUSIO_SECURITY_ISSUER_URI}
 * @param embeddedIssuerUri where the embedded issuer is reached by browsers and API clients
 * @param clientId the staff UI's client at an external issuer
 * @param clientSecret its secret
 * @param audience the audience every API token must carry
 * @param publicApiDocs whether {@code /v3/api-docs} is readable without a token; by default only with the embedded
 *                      issuer, so a production deployment does not publish it
 * @param throttle how failed passwords and client secrets slow down further attempts
 */
@ConfigurationProperties("inclusio.security")
record IdentityProperties(@Nullable String issuerUri,
                          @DefaultValue("http://localhost:8080") String embeddedIssuerUri,
                          @DefaultValue("inclusio-ui") String clientId,
                          @Nullable String clientSecret,
                          @DefaultValue("inclusio-api") String audience,
                          @Nullable Boolean publicApiDocs,
                          @DefaultValue Throttle throttle) {

    boolean embeddedIssuer() {
        return !StringUtils.hasText(issuerUri);
    }

    boolean apiDocsArePublic() {
        return publicApiDocs != null ? publicApiDocs : embeddedIssuer();
    }

    String issuer() {
        return embeddedIssuer() ? embeddedIssuerUri : issuerUri;
    }

    /**
     * Throttling of failed sign-ins ({@code /login}), client secrets ({@code /oauth2/token}) and current-password
     * checks ({@code PUT /api/v1/me/password}). Each failure counts for the account at this address, for the account
     * from anywhere and for the address whatever the account; any of the three may lock further attempts.
     *
     * @param store where the counters live: {@code memory} (one node) or {@code postgresql} (shared by replicas);
     *              {@code INCLUSIO_SECURITY_THROTTLE_STORE}
     * @param accountAtAddress one account tried from one address: the tight limit that stops a single guesser
     * @param account one account from any address: looser, with a short maximum lock, so that somebody elsewhere can
     *                lock its owner out for minutes at most
     * @param address one address, whatever the account: stops trying one password on many accounts
     */
    record Throttle(@DefaultValue("memory") Store store,
                    @Nullable Limit accountAtAddress,
                    @Nullable Limit account,
                    @Nullable Limit address) {

        Throttle {
            accountAtAddress = accountAtAddress != null ? accountAtAddress
                    : new Limit(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));
            account = account != null ? account
                    : new Limit(20, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(5));
            address = address != null ? address
                    : new Limit(100, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1));
        }
    }

    /**
     * After {@code allowance} remembered failures the next attempt waits {@code firstLock}; every further failure
     * doubles the wait up to {@code maximumLock}. Failures are forgotten one per {@code forgetOneEvery}, all at once
     * after a correct password.
     */
    record Limit(int allowance, Duration firstLock, Duration maximumLock, Duration forgetOneEvery) {

        Limit {
            if (allowance < 1 || firstLock.toSeconds() < 1 || maximumLock.compareTo(firstLock) < 0
                    || forgetOneEvery.isNegative() || forgetOneEvery.isZero()) {
                throw new IllegalArgumentException("A throttle limit needs an allowance of at least 1, a first lock of "
                        + "at least a second, a maximum lock not shorter than the first, and a positive forget interval");
            }
        }
    }
}
