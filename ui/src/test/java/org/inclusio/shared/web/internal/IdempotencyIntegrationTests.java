package org.inclusio.shared.web.internal;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} on {@code POST /api/v1/**}, through the invitations of the identity feature. */
@IntegrationTest
class IdempotencyIntegrationTests {

    private static final String INVITATIONS = "/api/v1/invitations";

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @Autowired
    IdempotencyRecords records;

    @LocalServerPort
    int port;

    private ApiTokens tokens;
    private JdbcTemplate superuser;

    @BeforeEach
    void setUp() {
        tokens = new ApiTokens(port);
        superuser = OwnerDatabase.superuser(environment);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndInvitesOnce() {
        String admin = tokens.user("city-admin");
        String key = UUID.randomUUID().toString();
        String username = newUsername();

        EntityExchangeResult<String> first = post(admin, key, invitation(username)).expectStatus().isCreated()
                .expectBody(String.class).returnResult();
        EntityExchangeResult<String> retry = post(admin, key, invitation(username)).expectStatus().isCreated()
                .expectBody(String.class).returnResult();

        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody()).contains(username);
        assertThat(retry.getResponseHeaders().getContentType())
                .isEqualTo(first.getResponseHeaders().getContentType());
        assertThat(invitees(admin)).containsOnlyOnce(username);
    }

    @Test
    void theSameKeyForAnotherBodyIsRefusedAndRunsNothing() {
        String admin = tokens.user("city-admin");
        String key = UUID.randomUUID().toString();
        String first = newUsername();
        String other = newUsername();
        post(admin, key, invitation(first)).expectStatus().isCreated();

        post(admin, key, invitation(other)).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain(first, other));
        assertThat(invitees(admin)).contains(first).doesNotContain(other);
    }

    @Test
    void aKeyBelongsToOneCallerInOneOrganisation() {
        String cityAdmin = tokens.user("city-admin");
        String key = UUID.randomUUID().toString();
        String username = newUsername();
        post(cityAdmin, key, invitation(username)).expectStatus().isCreated();

        // another caller of the same organisation is not answered with the administrator's invitation
        post(tokens.user("city-manager"), key, invitation(username)).expectStatus().isForbidden();
        // the same caller's key in another organisation is another key: the invitation is made there too
        String aidAdmin = tokens.user("aid-admin");
        post(aidAdmin, key, invitation(username)).expectStatus().isCreated();
        assertThat(invitees(aidAdmin)).containsOnlyOnce(username);
        assertThat(invitees(cityAdmin)).containsOnlyOnce(username);
    }

    @Test
    void aMalformedKeyIsBadInputAndRunsNothing() {
        String admin = tokens.user("city-admin");
        String username = newUsername();
        for (String key : List.of("has space", "x".repeat(201), "tab\tkey")) {
            post(admin, key, invitation(username)).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        }
        post(admin, "x".repeat(164) + UUID.randomUUID(), invitation(username)).expectStatus().isCreated();
        assertThat(invitees(admin)).containsOnlyOnce(username);
    }

    @Test
    void whileTheFirstRequestRunsARetryIsAConflictUntilTheFirstIsTakenForDead() {
        String admin = tokens.user("city-admin");
        String key = UUID.randomUUID().toString();
        String username = newUsername();
        var request = IdempotentRequest.of(organisation("demo-city"), account("city-admin"), key, "POST", INVITATIONS,
                invitation(username).getBytes(StandardCharsets.UTF_8));
        UUID running = insertRunning(request, Instant.now());

        post(admin, key, invitation(username)).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(invitees(admin)).doesNotContain(username);

        superuser.update("UPDATE idempotency_record SET created_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(6))), running);
        post(admin, key, invitation(username)).expectStatus().isCreated();
        assertThat(invitees(admin)).containsOnlyOnce(username);
    }

    @Test
    void storedAnswersAreEncryptedAndTheKeyIsNotStored() {
        String admin = tokens.user("city-admin");
        String key = "plain-key-" + UUID.randomUUID();
        String username = newUsername();
        post(admin, key, invitation(username)).expectStatus().isCreated();

        var request = IdempotentRequest.of(organisation("demo-city"), account("city-admin"), key, "POST", INVITATIONS,
                invitation(username).getBytes(StandardCharsets.UTF_8));
        var stored = superuser.queryForMap(
                "SELECT response_status, response_body FROM idempotency_record WHERE key_hash = ?", request.keyHash());
        assertThat(((Number) stored.get("response_status")).intValue()).isEqualTo(201);
        byte[] body = (byte[]) stored.get("response_body");
        assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain(username);
        assertThat(new String(request.decrypt(body), StandardCharsets.UTF_8)).contains(username);
        assertThat(superuser.queryForObject("SELECT count(*) FROM idempotency_record WHERE key_hash = ?",
                Long.class, key)).isZero();
    }

    @Test
    void thePurgeDeletesExpiredRecordsOfEveryOrganisationAndNothingElse() {
        var expired = someRequest("demo-city", "city-admin");
        var expiredElsewhere = someRequest("demo-aid", "aid-admin");
        var live = someRequest("demo-city", "city-admin");
        UUID expiredId = insertRunning(expired, Instant.now().minus(Duration.ofDays(2)));
        UUID expiredElsewhereId = insertRunning(expiredElsewhere, Instant.now().minus(Duration.ofDays(2)));
        UUID liveId = insertRunning(live, Instant.now());

        records.purgeExpired();

        assertThat(superuser.queryForList("SELECT id FROM idempotency_record WHERE id IN (?, ?, ?)", UUID.class,
                expiredId, expiredElsewhereId, liveId)).containsExactly(liveId);
    }

    @Test
    void theApiDocumentationNamesTheHeaderOnOrganisationPosts() {
        JsonNode parameters = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("paths").get(INVITATIONS).get("post").get("parameters");
        List<String> headers = new ArrayList<>();
        parameters.forEach(parameter ->
                headers.add(parameter.get("in").asText() + ":" + parameter.get("name").asText()));
        assertThat(headers).contains("header:Idempotency-Key");
    }

    private IdempotentRequest someRequest(String organisation, String username) {
        return IdempotentRequest.of(organisation(organisation), account(username), UUID.randomUUID().toString(), "POST",
                INVITATIONS, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private UUID insertRunning(IdempotentRequest request, Instant createdAt) {
        UUID id = UUID.randomUUID();
        superuser.update("""
                INSERT INTO idempotency_record (tenant_id, id, actor_id, key_hash, request_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", request.tenant(), id, request.actor(), request.keyHash(),
                request.requestHash(), Timestamp.from(createdAt), Timestamp.from(createdAt.plus(Duration.ofDays(1))));
        return id;
    }

    private RestTestClient.ResponseSpec post(String token, String key, String body) {
        return client.post().uri(INVITATIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(IdempotencyFilter.HEADER, key).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private List<String> invitees(String token) {
        List<String> names = new ArrayList<>();
        client.get().uri(INVITATIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .forEach(invitation -> names.add(invitation.path("username").asText("")));
        return names;
    }

    private UUID organisation(String slug) {
        return superuser.queryForObject("SELECT id FROM organisation WHERE slug = ?", UUID.class, slug);
    }

    private UUID account(String username) {
        return superuser.queryForObject("SELECT id FROM user_account WHERE username = ?", UUID.class, username);
    }

    private static String newUsername() {
        return "idem-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String invitation(String username) {
        return """
                {"username":"%s","displayName":"Test Person","roles":["CASEWORKER"]}""".formatted(username);
    }
}
