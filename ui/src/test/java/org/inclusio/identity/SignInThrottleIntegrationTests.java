package org.inclusio.identity;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.AdjustableClock;
import org.inclusio.identity.SignInTestConfiguration.CountingPasswordEncoder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute-force protection with the documented default limits, against the running application: the sign-in page,
 * client secrets at the token endpoint and the current password of a password change. The clock is moved instead of
 * waiting; every test starts a day later, when every earlier failure is forgotten. Runs in a JVM of its own (surefire
 * execution {@code isolated-tests}) because its context differs from the shared one.
 */
@IntegrationTest
@Import(SignInTestConfiguration.class)
class SignInThrottleIntegrationTests {

    private static final Pattern LOCKED_MINUTES = Pattern.compile("Try again in (\\d+) minutes?\\.");

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    InvitationLinks invitationLinks;

    @LocalServerPort
    int port;

    ApiTokens tokens;

    @BeforeEach
    void aDayLater() {
        clock.advance(Duration.ofDays(1));
        tokens = new ApiTokens(port);
    }

    @Test
    void thirtyWrongPasswordsLockTheAccountAtThatAddressUntilTheLockEnds() {
        var attacker = new SignInBrowser(port, "192.0.2.10");
        attacker.authorize();
        for (int attempt = 0; attempt < 30; attempt++) {
            assertThat(attacker.submit("city-admin", "guess-" + attempt).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        }

        String page = attacker.submitAndRead("city-admin", "demo");
        assertThat(page).contains("Too many attempts. Try again in 1 minute.")
                .doesNotContain("The username or password is not correct.");
        assertThat(attacker.signedInAtTheIssuer()).isFalse();
        assertThat(attacker.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/oauth2/authorization/"));

        clock.advance(Duration.ofSeconds(31));
        assertThat(attacker.submit("city-admin", "demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        assertThat(attacker.signedInAtTheIssuer()).isTrue();
    }

    @Test
    void attackersElsewhereLockTheOwnerOutForAtMostThePerAccountMaximumOfFiveMinutes() {
        List<SignInBrowser> attackers = IntStream.rangeClosed(1, 8)
                .mapToObj(n -> new SignInBrowser(port, "198.51.100." + n)).toList();
        var owner = new SignInBrowser(port, "203.0.113.9");
        owner.authorize();
        long ownersWait = 0;
        for (int round = 0; round < 12 && ownersWait < 5; round++) {
            attackers.forEach(attacker -> IntStream.range(0, 5)
                    .forEach(attempt -> attacker.submit("city-manager", "guess-" + attempt)));
            ownersWait = lockedMinutes(owner.submitAndRead("city-manager", "demo"));
            assertThat(ownersWait).as("the owner's wait").isBetween(1L, 5L);
            clock.advance(Duration.ofMinutes(ownersWait));
        }
        assertThat(ownersWait).as("the attack reached the per-account maximum").isEqualTo(5);

        attackers.forEach(attacker -> attacker.submit("city-manager", "one-more-guess"));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(owner.submit("city-manager", "demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/oauth2/authorize"));
        assertThat(owner.signedInAtTheIssuer()).isTrue();
    }

    @Test
    void wrongClientSecretsAreAnswered429WithRetryAfterAndTheRightSecretWaitsToo() {
        String address = "192.0.2.20";
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(token("demo-city-integration", "wrong-" + attempt, address).statusCode()).isEqualTo(401);
        }
        var locked = token("demo-city-integration", "wrong-5", address);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue(HttpHeaders.RETRY_AFTER)).hasValue("30");
        assertThat(locked.body()).contains("\"error\":\"temporarily_unavailable\"");

        var rightButLocked = token("demo-city-integration", "demo-secret", address);
        assertThat(rightButLocked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(rightButLocked.headers().firstValue(HttpHeaders.RETRY_AFTER).orElseThrow()))
                .isBetween(1L, 30L);

        clock.advance(Duration.ofSeconds(31));
        assertThat(token("demo-city-integration", "demo-secret", address).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsAreAnswered429WithRetryAfterAsAProblem() {
        String token = tokens.user("city-caseworker");
        for (int attempt = 1; attempt < 5; attempt++) {
            changePassword(token, "wrong-" + attempt, "192.0.2.30").expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("currentPassword");
        }
        changePassword(token, "wrong-5", "192.0.2.30").expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").isEqualTo("Too many failed attempts. Try again in 1 minute.");

        // Locked, the right current password waits too. (Unlocked, "demo" as the new one would be refused as
        // unchanged, so that a broken lock cannot change the shared demo account's password.)
        changePassword(token, "demo", "demo", "192.0.2.30").expectStatus().isEqualTo(429);
    }

    @Test
    void aBurstOfFailuresIsOneAuditEntryAndItsLockAnother() {
        Instant since = clock.instant();
        var attacker = new SignInBrowser(port, "192.0.2.40");
        for (int attempt = 0; attempt < 30; attempt++) {
            attacker.submit("aid-manager", "guess-" + attempt);
        }
        for (int attempt = 0; attempt < 30; attempt++) {
            attacker.submit("nobody-" + UUID.randomUUID(), "guess");
        }

        assertThat(auditedSince(since, "aid-manager")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SIGN_IN_FAILED", 1L, "SIGN_IN_LOCKED", 1L));
        assertThat(jdbc.queryForObject("""
                SELECT details FROM platform_audit_event
                WHERE actor_name = 'aid-manager' AND action = 'SIGN_IN_LOCKED' AND occurred_at >= ?""",
                String.class, Timestamp.from(since))).isEqualTo("scope=account_at_address failures=5 lockSeconds=30");
        assertThat(jdbc.queryForList("""
                SELECT details FROM platform_audit_event WHERE occurred_at >= ?""", String.class,
                Timestamp.from(since))).noneSatisfy(details -> assertThat(details).contains("192.0.2.40"));
    }

    @Test
    void unknownDisabledAndExistingAccountsAllCompareAPasswordHashAndReadAlike() {
        String admin = tokens.user("city-admin");
        String username = "disabled-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode invitation = client.post().uri("/api/v1/invitations")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"username":"%s","displayName":"Test Person","roles":["CASEWORKER"]}""".formatted(username))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        Invited.join(invitationLinks, invitation.get("link").asText(), username);
        String membership = null;
        for (JsonNode member : client.get().uri("/api/v1/members").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()) {
            if (member.get("username").asText().equals(username)) {
                membership = member.get("id").asText();
            }
        }
        client.put().uri("/api/v1/members/{id}/status", membership)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"DEACTIVATED\"}").exchange().expectStatus().isOk();
        var counting = (CountingPasswordEncoder) passwordEncoder;

        Map<String, String> attempts = Map.of(
                "no-such-account-" + UUID.randomUUID(), "whatever",
                username, Invited.PASSWORD,
                "city-volunteer", "not-the-password");
        attempts.forEach((account, password) -> {
            var browser = new SignInBrowser(port, "192.0.2.50");
            int before = counting.comparisons();
            assertThat(browser.submit(account, password).headers().firstValue("Location"))
                    .as(account).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
            assertThat(counting.comparisons() - before).as("hash comparisons for " + account).isEqualTo(1);
        });
    }

    @Test
    void passwordsLongerThanBcryptReadsAreWrongAtSignInAndRefusedAsANewPassword() {
        String seventyThreeBytes = "ž".repeat(36) + "x";
        assertThat(seventyThreeBytes.getBytes(StandardCharsets.UTF_8)).hasSize(73);

        var browser = new SignInBrowser(port, "192.0.2.60");
        assertThat(browser.submitAndRead("city-focal-point", seventyThreeBytes))
                .contains("The username or password is not correct.");

        changePassword(tokens.user("city-focal-point"), "demo", seventyThreeBytes, "192.0.2.61")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword")
                .jsonPath("$.errors[0].message").value(message -> assertThat(message.toString()).contains("72 bytes"));
        assertThat(tokens.user("city-focal-point", "demo")).as("the password did not change").isNotBlank();
    }

    private static long lockedMinutes(String page) {
        Matcher minutes = LOCKED_MINUTES.matcher(page);
        assertThat(minutes.find()).as("a lock message on the page").isTrue();
        return Long.parseLong(minutes.group(1));
    }

    private Map<String, Long> auditedSince(Instant since, String actor) {
        return jdbc.queryForList("""
                        SELECT action FROM platform_audit_event WHERE actor_name = ? AND occurred_at >= ?""",
                        String.class, actor, Timestamp.from(since)).stream()
                .collect(Collectors.groupingBy(action -> action, Collectors.counting()));
    }

    private RestTestClient.ResponseSpec changePassword(String token, String current, String address) {
        return changePassword(token, current, "a-long-enough-secret", address);
    }

    private RestTestClient.ResponseSpec changePassword(String token, String current, String next, String address) {
        return client.put().uri("/api/v1/me/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Forwarded-For", address).contentType(MediaType.APPLICATION_JSON)
                .body("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, next)).exchange();
    }

    private HttpResponse<String> token(String clientId, String secret, String address) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                    .header("X-Forwarded-For", address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=manager"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
