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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox: triage moves forward only and answers publicly, notes stay internal, referral shows on the receipt,
 * staff type in paper feedback, overdue follows the service levels, and sensitive reports reach only the protection
 * focal point, every view audited.
 */
@IntegrationTest
class FeedbackInboxIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    FeedbackApi api;

    @BeforeEach
    void api() {
        api = new FeedbackApi(client, port);
    }

    @Test
    void triageMovesForwardAnswersPubliclyAndKeepsNotesInternal() {
        String manager = api.token("city-manager");
        String caseworker = api.token("city-caseworker");
        JsonNode channel = api.channel(manager, "Triage " + UUID.randomUUID());
        String code = api.submitted(channel.get("publicToken").asText(), """
                {"language":"en","category":"COMPLAINT","satisfaction":1,"answers":{},"comment":"Nobody called back"}""")
                .get("receiptCode").asText();
        JsonNode item = api.getJson("/api/v1/feedback?channel=" + channel.get("id").asText(), caseworker)
                .get("items").get(0);
        String path = "/api/v1/feedback/" + item.get("id").asText();
        assertThat(item.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(item.get("answerBy").asText()).isEqualTo(LocalDate.now().plusDays(14).toString());
        String me = api.getJson("/api/v1/me", caseworker).get("id").asText();

        api.put(path + "/triage", caseworker, null, triage("ACKNOWLEDGED", me, null)).expectStatus().isEqualTo(428);
        assertThat(refused(api.put(path + "/triage", caseworker, "\"0\"",
                triage("ACKNOWLEDGED", UUID.randomUUID().toString(), null)))).containsExactly("assignee");
        api.put(path + "/triage", caseworker, "\"0\"", triage("ACKNOWLEDGED", me, null)).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        api.put(path + "/triage", caseworker, "\"0\"", triage("IN_REVIEW", me, null)).expectStatus().isEqualTo(412);
        assertThat(refused(api.put(path + "/triage", caseworker, "\"1\"", triage("RECEIVED", me, null))))
                .containsExactly("status");
        assertThat(refused(api.put(path + "/triage", caseworker, "\"1\"", triage("ANSWERED", me, null))))
                .containsExactly("publicReply");
        api.post(path + "/notes", caseworker, """
                {"text":"Internal: the caller left no number"}""").expectStatus().isCreated();
        assertThat(api.status(code).expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("status").asText()).isEqualTo("ACKNOWLEDGED");

        JsonNode answered = api.put(path + "/triage", caseworker, "\"1\"", triage("ANSWERED", me,
                "We call back within two days now.")).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(answered.get("answeredOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(answered.get("assigneeName").asText()).isEqualTo("Karel Caseworker");
        assertThat(answered.get("notes").get(0).get("text").asText()).isEqualTo("Internal: the caller left no number");
        assertThat(answered.get("notes").get(0).get("authorName").asText()).isEqualTo("Karel Caseworker");
        String receipt = api.status(code).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(receipt).contains("We call back within two days now.", "ANSWERED").doesNotContain("Internal");
    }

    @Test
    void referredFeedbackShowsWhereItWentOnTheReceipt() {
        String manager = api.token("city-manager");
        JsonNode channel = api.channel(manager, "Referral " + UUID.randomUUID());
        String code = api.submitted(channel.get("publicToken").asText(), """
                {"language":"ar","category":"QUESTION","answers":{},"comment":"Where do I renew my visa?"}""")
                .get("receiptCode").asText();
        String id = api.getJson("/api/v1/feedback?channel=" + channel.get("id").asText(), manager).get("items")
                .get(0).get("id").asText();

        api.post("/api/v1/feedback/" + id + "/referral", manager, """
                {"organisationName":"Ministry of the Interior"}""").expectStatus().isEqualTo(428);
        client.post().uri("/api/v1/feedback/" + id + "/referral").header(HttpHeaders.AUTHORIZATION, "Bearer " + manager)
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("""
                        {"organisationName":"Ministry of the Interior","publicReply":"The ministry's office renews visas."}""")
                .exchange().expectStatus().isOk();

        JsonNode status = api.status(code).expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(status.get("status").asText()).isEqualTo("REFERRED");
        assertThat(status.get("referredTo").asText()).isEqualTo("Ministry of the Interior");
        assertThat(status.get("publicReply").asText()).isEqualTo("The ministry's office renews visas.");
    }

    @Test
    void staffTypeInPaperFeedbackAndOverdueFollowsTheServiceLevels() {
        String manager = api.token("city-manager");
        String volunteer = api.token("city-volunteer");
        String channel = api.channel(manager, "Paper " + UUID.randomUUID()).get("id").asText();
        LocalDate received = LocalDate.now().minusDays(20);
        JsonNode receipt = api.created("/api/v1/feedback", volunteer, """
                {"channel":"%s","intake":"PAPER","receivedOn":"%s","form":{"language":"en","category":"SUGGESTION",
                 "answers":{"waiting":"2"},"comment":"More chairs in the waiting room"}}""".formatted(channel, received));
        assertThat(receipt.get("receiptCode").asText()).hasSize(34);
        assertThat(receipt.get("answerExpectedBy").asText()).isEqualTo(received.plusDays(14).toString());
        assertThat(refused(api.post("/api/v1/feedback", volunteer, """
                {"channel":"%s","intake":"ONLINE_FORM","receivedOn":"%s","form":{"language":"en",
                 "category":"SUGGESTION","answers":{}}}""".formatted(channel, received)))).containsExactly("intake");
        for (int day = 1; day <= 2; day++) {
            api.created("/api/v1/feedback", volunteer, """
                    {"channel":"%s","intake":"PHONE","receivedOn":"%s","form":{"language":"ar","category":"QUESTION",
                     "answers":{}}}""".formatted(channel, LocalDate.now().minusDays(day)));
        }

        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.getJson("/api/v1/feedback?limit=1&channel=" + channel
                    + (cursor == null ? "" : "&cursor=" + cursor), manager);
            page.get("items").forEach(pages::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(pages).extracting(node -> node.get("receivedOn").asText()).containsExactly(
                LocalDate.now().minusDays(1).toString(), LocalDate.now().minusDays(2).toString(), received.toString());
        assertThat(pages).extracting(node -> node.get("overdue").asBoolean()).containsExactly(false, false, true);
        assertThat(api.getJson("/api/v1/feedback?overdue=true&channel=" + channel, manager).get("items"))
                .extracting(node -> node.get("receivedOn").asText()).containsExactly(received.toString());
        assertThat(api.getJson("/api/v1/feedback/overdue", manager).get("items"))
                .extracting(node -> node.get("id").asText()).contains(pages.get(2).get("id").asText())
                .doesNotContain(pages.get(0).get("id").asText());
        api.get("/api/v1/feedback", api.token("city-admin")).expectStatus().isForbidden();
    }

    @Test
    void aSensitiveReportIsSeenOnlyByTheFocalPointAndEveryViewIsAudited() {
        String manager = api.token("city-manager");
        String focalPoint = api.token("city-focal-point");
        String channel = api.channel(manager, "Sensitive " + UUID.randomUUID()).get("id").asText();
        String token = api.getJson("/api/v1/feedback-channels/" + channel, manager).get("publicToken").asText();
        api.submitted(token, """
                {"language":"en","category":"SERIOUS","answers":{},"comment":"A staff member asked me for money"}""");
        api.submitted(token, """
                {"language":"en","category":"COMPLIMENT","satisfaction":5,"answers":{}}""");

        assertThat(api.getJson("/api/v1/feedback?channel=" + channel, manager).get("items"))
                .extracting(node -> node.get("category").asText()).containsExactly("COMPLIMENT");
        assertThat(api.getJson("/api/v1/feedback?category=SERIOUS", manager).get("items")).isEmpty();
        assertThat(api.getJson("/api/v1/feedback/sensitive", manager).get("hidden").asLong()).isPositive();

        JsonNode seen = api.getJson("/api/v1/feedback?channel=" + channel, focalPoint).get("items");
        assertThat(seen).extracting(node -> node.get("category").asText())
                .containsExactlyInAnyOrder("SERIOUS", "COMPLIMENT");
        String sensitive = null;
        for (JsonNode node : seen) {
            if (node.get("category").asText().equals("SERIOUS")) {
                sensitive = node.get("id").asText();
            }
        }
        api.get("/api/v1/feedback/" + sensitive, manager).expectStatus().isNotFound();
        api.get("/api/v1/feedback/" + sensitive, api.token("city-caseworker")).expectStatus().isNotFound();
        api.put("/api/v1/feedback/" + sensitive + "/triage", manager, "\"0\"", triage("ACKNOWLEDGED", null, null))
                .expectStatus().isNotFound();
        assertThat(api.getJson("/api/v1/feedback/" + sensitive, focalPoint).get("comment").asText())
                .isEqualTo("A staff member asked me for money");
        JsonNode counts = api.getJson("/api/v1/feedback/sensitive", focalPoint);
        assertThat(counts.get("hidden").asLong()).isZero();
        assertThat(counts.get("unacknowledged").asLong()).isPositive();

        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        assertThat(superuser.queryForList("""
                SELECT actor_name FROM audit_event WHERE action = 'SENSITIVE_FEEDBACK_VIEWED' AND target_id = ?::uuid""",
                String.class, sensitive)).containsExactly("city-focal-point", "city-focal-point");
        assertThat(superuser.queryForObject("""
                SELECT count(*) FROM audit_event e JOIN feedback f ON f.id = e.target_id
                WHERE e.action = 'SENSITIVE_FEEDBACK_VIEWED' AND f.category <> 'SERIOUS'""", Long.class)).isZero();
    }

    private static String triage(String status, String assignee, String publicReply) {
        return """
                {"status":"%s","assignee":%s,"publicReply":%s}""".formatted(status,
                assignee == null ? "null" : "\"" + assignee + "\"",
                publicReply == null ? "null" : "\"" + publicReply + "\"");
    }

    private static List<String> refused(RestTestClient.ResponseSpec response) {
        return FeedbackApi.fields(response.expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult()
                .getResponseBody());
    }
}
