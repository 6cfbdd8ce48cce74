package org.inclusio.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

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
 */
@ConfigurationProperties("inclusio.security")
record IdentityProperties(@Nullable String issuerUri,
                          @DefaultValue("http://localhost:8080") String embeddedIssuerUri,
                          @DefaultValue("inclusio-ui") String clientId,
                          @Nullable String clientSecret,
                          @DefaultValue("inclusio-api") String audience,
                          @Nullable Boolean publicApiDocs) {

    boolean embeddedIssuer() {
        return !StringUtils.hasText(issuerUri);
    }

    boolean apiDocsArePublic() {
        return publicApiDocs != null ? publicApiDocs : embeddedIssuer();
    }

    String issuer() {
        return embeddedIssuer() ? embeddedIssuerUri : issuerUri;
    }
}
