package org.inclusio.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.function.UnaryOperator;

/**
 * Tokens that must be refused. Each case changes one thing of a token that is otherwise valid — signed with the
 * application's own key — so a 401 can only come from the check under test.
 */
@IntegrationTest
class JwtRejectionIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JWKSource<SecurityContext> keys;

    @Value("${inclusio.security.embedded-issuer-uri}")
    String issuer;

    RSAKey signingKey;

    @BeforeEach
    void signingKey() throws Exception {
        signingKey = (RSAKey) keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).getFirst();
    }

    @Test
    void aValidTokenIsAccepted() throws Exception {
        expect(signed(header().build(), claims().build(), signingKey), 200);
    }

    @Test
    void unsignedTokensAreRefused() {
        expect(new PlainJWT(claims().build()).serialize(), 401);
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).build(),
                claims().build());
        jwt.sign(new MACSigner(signingKey.toPublicJWK().toRSAPublicKey().getEncoded()));
        expect(jwt.serialize(), 401);
    }

    @Test
    void wrongIssuerIsRefused() throws Exception {
        expect(signed(header().build(), claims().issuer("https://evil.example").build(), signingKey), 401);
    }

    @Test
    void wrongAudienceIsRefused() throws Exception {
        expect(signed(header().build(), claims().audience("some-other-api").build(), signingKey), 401);
    }

    @Test
    void expiredTokensAreRefused() throws Exception {
        expect(signed(header().build(), shifted(builder -> builder
                .issueTime(minutes(-30)).notBeforeTime(minutes(-30)).expirationTime(minutes(-10))), signingKey), 401);
    }

    @Test
    void tokensWithoutExpiryAreRefused() throws Exception {
        expect(signed(header().build(), shifted(builder -> builder.expirationTime(null)), signingKey), 401);
    }

    @Test
    void tokensNotValidYetAreRefused() throws Exception {
        expect(signed(header().build(), shifted(builder -> builder.notBeforeTime(minutes(10))), signingKey), 401);
    }

    @Test
    void anUnknownKeyIdIsRefusedEvenWithTheRightKey() throws Exception {
        expect(signed(header().keyID("not-one-of-ours").build(), claims().build(), signingKey), 401);
    }

    @Test
    void aKeyOfTheAttackersChoosingIsRefused() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
        expect(signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
                .jwkURL(URI.create("https://evil.example/jwks.json")).build(), claims().build(), attacker), 401);
        expect(signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .jwkURL(URI.create("https://evil.example/jwks.json")).build(), claims().build(), attacker), 401);
        expect(signed(new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(attacker.toPublicJWK()).build(),
                claims().build(), attacker), 401);
    }

    private void expect(String token, int status) {
        var response = client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isEqualTo(status);
        if (status == 401) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT);
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("city-admin")
                .audience("inclusio-api")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(5, ChronoUnit.MINUTES)));
    }

    private JWTClaimsSet shifted(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(claims()).build();
    }

    private static Date minutes(int offset) {
        return Date.from(Instant.now().plus(offset, ChronoUnit.MINUTES));
    }

    private static String signed(JWSHeader header, JWTClaimsSet claims, RSAKey key) throws Exception {
        var jwt = new SignedJWT(header, claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
