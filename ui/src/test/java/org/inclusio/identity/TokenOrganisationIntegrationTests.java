package org.inclusio.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's access token is fixed to the organisation that was their default when it was issued: switching
 * organisation changes new tokens only, and a token whose organisation is no longer usable is refused rather than
 * moved to another one.
 */
@IntegrationTest
class TokenOrganisationIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JWKSource<SecurityContext> keys;

    @Value("${inclusio.security.embedded-issuer-uri}")
    String issuer;

    @LocalServerPort
    int port;

    ApiTokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new ApiTokens(port);
    }

    @Test
    void switchingOrganisationLeavesRunningTokensInTheirOrganisation() {
        String oldToken = tokens.user("both-caseworker");
        JsonNode before = get("/api/v1/me", oldToken);
        String issuedIn = before.get("organisation").get("id").asText();
        String other = before.get("otherOrganisations").get(0).get("id").asText();

        client.put().uri("/api/v1/me/organisation").header(HttpHeaders.AUTHORIZATION, "Bearer " + oldToken)
                .contentType(MediaType.APPLICATION_JSON).body("{\"organisationId\":\"" + other + "\"}")
                .exchange().expectStatus().isOk();

        assertThat(get("/api/v1/me", oldToken).get("organisation").get("id").asText()).isEqualTo(issuedIn);
        assertThat(get("/api/v1/organisation", oldToken).get("id").asText()).isEqualTo(issuedIn);
        String newToken = tokens.user("both-caseworker");
        assertThat(get("/api/v1/me", newToken).get("organisation").get("id").asText()).isEqualTo(other);
        assertThat(get("/api/v1/organisation", newToken).get("id").asText()).isEqualTo(other);
    }

    @Test
    void aTokenForAnOrganisationThePersonCannotUseIsRefusedNotMoved() throws Exception {
        // city-caseworker works in Demo City only: a token fixed to Demo Aid must not fall back to Demo City
        String aid = jdbc.queryForObject("SELECT id::text FROM organisation WHERE slug = 'demo-aid'", String.class);
        unauthorized(personToken("city-caseworker", aid));
        unauthorized(personToken("city-caseworker", "not-an-organisation-id"));
    }

    @Test
    void theTokenCarriesTheOrganisationItWasIssuedIn() throws Exception {
        String token = tokens.user("city-admin");
        String city = jdbc.queryForObject("SELECT id::text FROM organisation WHERE slug = 'demo-city'", String.class);
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("tenant_id")).isEqualTo(city);
    }

    private String personToken(String username, String tenant) throws Exception {
        RSAKey key = (RSAKey) keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).getFirst();
        Instant now = Instant.now();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder()
                .issuer(issuer).subject(username).audience("inclusio-api").claim("tenant_id", tenant)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(5, ChronoUnit.MINUTES))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void unauthorized(String token) {
        client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private JsonNode get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
