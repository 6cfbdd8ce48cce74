package org.inclusio.feedback;

import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous feedback through the JSON twin of the public form: a manager opens a channel, anyone submits without an
 * account, the day alone is stored, the receipt code only as a hash, and the code later shows the reply.
 */
@IntegrationTest
class PublicFeedbackIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    FeedbackApi api;
    JdbcTemplate superuser;

    @BeforeEach
    void api() {
        api = new FeedbackApi(client, port);
        superuser = OwnerDatabase.superuser(environment);
    }

    @Test
    void aChannelTakesAnonymousFeedbackAndItsReceiptShowsTheReplyLater() {
        String manager = api.token("city-manager");
        JsonNode channel = api.channel(manager, "Front desk " + UUID.randomUUID());
        String token = channel.get("publicToken").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        assertThat(channel.get("publicUrl").asText()).endsWith("/f/" + token);
        assertThat(channel.get("version").asLong()).isZero();
        assertThat(channel.get("open").asBoolean()).isTrue();
        api.post("/api/v1/feedback-channels", api.token("city-volunteer"), """
                {"name":"Volunteer's own","languages":["en"],"opensOn":"%s","questions":[]}"""
                .formatted(LocalDate.now())).expectStatus().isForbidden();

        String marker = "canary-" + UUID.randomUUID();
        var answer = api.submit(token, null, """
                {"language":"ar","category":"COMPLAINT","satisfaction":2,"answers":{"waiting":"4"},
                 "comment":"%s"}""".formatted(marker)).expectStatus().isCreated()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String code = answer.get("receiptCode").asText();
        assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(LocalDate.parse(answer.get("answerExpectedBy").asText())).isEqualTo(LocalDate.now().plusDays(14));

        var stored = superuser.queryForMap("""
                SELECT f.received_on, f.intake, f.language, f.status, f.answers::text AS answers, c.name
                FROM feedback f JOIN feedback_channel c ON c.tenant_id = f.tenant_id AND c.id = f.channel_id
                WHERE f.comment = ?""", marker);
        assertThat(stored).containsEntry("received_on", java.sql.Date.valueOf(LocalDate.now()))
                .containsEntry("intake", "API").containsEntry("language", "ar").containsEntry("status", "RECEIVED")
                .containsEntry("name", channel.get("details").get("name").asText());
        assertThat(superuser.queryForList("""
                SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback'
                  AND data_type IN ('timestamp with time zone', 'timestamp without time zone', 'inet')""",
                String.class)).as("nothing in feedback keeps a time of day or an address").isEmpty();
        assertThat(OwnerDatabase.columnsContaining(superuser, code.replace("-", ""))).isEmpty();

        String typedCarelessly = code.toLowerCase(Locale.ROOT).replace("-", " ");
        JsonNode status = api.status(typedCarelessly).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(status.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(status.get("publicReply").isNull()).isTrue();
        assertThat(status.get("organisationName").asText()).isEqualTo("Demo City");

        superuser.update("""
                UPDATE feedback SET status = 'ANSWERED', public_reply = 'We opened a second desk.',
                  acknowledged_on = received_on, answered_on = received_on WHERE comment = ?""", marker);
        status = api.status(code).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(status.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(status.get("publicReply").asText()).isEqualTo("We opened a second desk.");

        api.status(code.replace(code.charAt(0), code.charAt(0) == 'A' ? 'B' : 'A')).expectStatus().isNotFound();
        api.status("not-a-code").expectStatus().isNotFound();
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() {
        String manager = api.token("city-manager");
        String token = api.channel(manager, "Bad input " + UUID.randomUUID()).get("publicToken").asText();
        String marker = "refused-" + UUID.randomUUID();

        assertThat(refused(token, """
                {"language":"de","category":"QUESTION","answers":{},"comment":"%s"}""".formatted(marker)))
                .containsExactly("language");
        assertThat(refused(token, """
                {"language":"en","category":"QUESTION","answers":{"waiting":"9"},"comment":"%s"}""".formatted(marker)))
                .containsExactly("answers.waiting");
        assertThat(refused(token, """
                {"language":"en","category":"QUESTION","answers":{"age":"31"},"comment":"%s"}""".formatted(marker)))
                .containsExactly("answers.age");
        assertThat(refused(token, """
                {"language":"en","category":"QUESTION","satisfaction":7,"answers":{},"comment":"%s"}"""
                .formatted(marker))).containsExactly("satisfaction");
        api.submit("no-such-channel-token-at-all", null, """
                {"language":"en","category":"QUESTION","answers":{},"comment":"%s"}""".formatted(marker))
                .expectStatus().isNotFound();

        String closed = api.created("/api/v1/feedback-channels", manager, """
                {"name":"Closed %s","languages":["en"],"opensOn":"%s","closesOn":"%s","questions":[]}"""
                .formatted(UUID.randomUUID(), LocalDate.now().minusDays(30), LocalDate.now().minusDays(1)))
                .get("publicToken").asText();
        assertThat(refused(closed, """
                {"language":"en","category":"QUESTION","answers":{},"comment":"%s"}""".formatted(marker)))
                .containsExactly("channel");

        assertThat(superuser.queryForObject("SELECT count(*) FROM feedback WHERE comment = ?", Long.class, marker))
                .isZero();
        assertThat(superuser.queryForObject("SELECT count(*) FROM feedback_receipt", Long.class))
                .isEqualTo(superuser.queryForObject("SELECT count(*) FROM feedback", Long.class));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameReceiptAndStoresOneRow() {
        JsonNode channel = api.channel(api.token("city-manager"), "Collector " + UUID.randomUUID());
        String token = channel.get("publicToken").asText();
        String channelId = channel.get("id").asText();
        String marker = "offline-" + UUID.randomUUID();
        String body = """
                {"language":"en","category":"SUGGESTION","satisfaction":4,"answers":{"waiting":"3"},"comment":"%s"}"""
                .formatted(marker);
        String key = UUID.randomUUID().toString();

        String first = api.submit(token, key, body).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("receiptCode").asText();
        String again = api.submit(token, key, body).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("receiptCode").asText();
        assertThat(again).isEqualTo(first);
        assertThat(superuser.queryForObject("SELECT count(*) FROM feedback WHERE comment = ?", Long.class, marker))
                .isOne();
        assertThat(superuser.queryForObject("""
                SELECT count(*) FROM feedback_submission_key
                WHERE position(convert_to(?, 'UTF8') IN sealed_receipt) > 0
                   OR position(convert_to(?, 'UTF8') IN sealed_receipt) > 0""", Long.class, first,
                first.replace("-", ""))).as("the receipt kept for a retry is sealed").isZero();
        assertThat(superuser.queryForObject("SELECT count(*) FROM feedback_submission_key WHERE channel_id = ?::uuid",
                Long.class, channelId)).isOne();

        assertThat(FeedbackApi.fields(api.submit(token, key, body.replace(marker, marker + " changed"))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody()))
                .containsExactly("Idempotency-Key");
        String other = api.submit(token, UUID.randomUUID().toString(), body).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("receiptCode").asText();
        assertThat(other).isNotEqualTo(first);
        assertThat(superuser.queryForObject("SELECT count(*) FROM feedback WHERE comment = ?", Long.class, marker))
                .isEqualTo(2);
    }

    private java.util.List<String> refused(String token, String json) {
        return FeedbackApi.fields(api.submit(token, null, json).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody(JsonNode.class).returnResult().getResponseBody());
    }
}
