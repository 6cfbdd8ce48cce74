package org.inclusio.feedback;

import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flooding through the real filter with the configured limits: a channel takes 10 submissions a minute without a
 * proof of work and 60 with one ({@code inclusio.feedback.abuse.*} defaults), the form and its JSON twin alike; a
 * proof counts once.
 */
@IntegrationTest
class PublicAbuseIntegrationTests {

    private static final int WITHOUT_PROOF_PER_MINUTE = 10;

    @LocalServerPort
    int port;

    private PublicPagesClient phone;

    @BeforeEach
    void phone() {
        phone = new PublicPagesClient(port);
    }

    @Test
    void withoutProofAChannelTakesTenAMinuteThenFormAndApiAnswer429WithRetryAfter() {
        String token = phone.newChannel("tr", "en");
        var fields = PublicPagesClient.complaint("Sıra çok uzundu.");
        fields.put("lang", "tr");
        for (int i = 0; i < WITHOUT_PROOF_PER_MINUTE; i++) {
            assertThat(phone.post("/f/" + token + "?lang=tr", fields).statusCode()).as("submission " + (i + 1))
                    .isEqualTo(200);
        }

        var refused = phone.post("/f/" + token + "?lang=tr", fields, "Accept-Language", "tr");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(1L, 60L);
        assertThat(refused.body()).contains("<html lang=\"tr\"", "Lütfen biraz bekleyin");
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();

        var api = phone.postJson("/api/v1/public/feedback/" + token, """
                {"language":"en","category":"COMPLAINT","satisfaction":2,"answers":{},"comment":"Too long a queue."}""");
        assertThat(api.statusCode()).as("the JSON twin shares the channel's limit").isEqualTo(429);
        assertThat(retryAfter(api)).isBetween(1L, 60L);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        assertThat(phone.post("/f/" + phone.newChannel("en"), PublicPagesClient.complaint("Another place."))
                .statusCode()).as("another channel is not slowed down").isEqualTo(200);
    }

    @Test
    void aSolvedProofOfWorkCountsOnceAndLiftsTheStricterLimit() {
        String token = phone.newChannel("en");
        var fields = PublicPagesClient.complaint("The office was closed.");
        String proof = PublicPagesClient.solve(PublicPagesClient.challenge(phone.get("/f/" + token).body()));
        fields.put("altcha", proof);
        var accepted = phone.post("/f/" + token, fields);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("id=\"receipt-code\"");

        var replayed = phone.post("/f/" + token, fields);
        assertThat(replayed.statusCode()).as("the same proof again").isEqualTo(400);
        assertThat(replayed.body()).contains("Please press Send again.", "The office was closed.", "data-altcha=")
                .doesNotContain("id=\"receipt-code\"");
        String json = """
                {"language":"en","category":"QUESTION","satisfaction":null,"answers":{},"comment":"When do you open?"}""";
        var apiReplay = phone.postJson("/api/v1/public/feedback/" + token, json, "Altcha", proof);
        assertThat(apiReplay.statusCode()).isEqualTo(400);
        assertThat(apiReplay.body()).contains("Altcha");

        fields.put("altcha", "");
        int withoutProof = 0;
        while (phone.post("/f/" + token, fields).statusCode() == 200) {
            withoutProof++;
            assertThat(withoutProof).as("submissions without proof taken").isLessThanOrEqualTo(WITHOUT_PROOF_PER_MINUTE);
        }
        assertThat(phone.post("/f/" + token, fields).statusCode()).isEqualTo(429);
        String fresh = PublicPagesClient.solve(PublicPagesClient.challenge(phone.get("/f/" + token).body()));
        assertThat(phone.postJson("/api/v1/public/feedback/" + token, json, "Altcha", fresh).statusCode())
                .as("a fresh proof, on the API, still gets the channel's looser limit").isEqualTo(201);
    }

    @Test
    void aReceiptCodeLookupIsOnlyCountedGlobally() {
        String token = phone.newChannel("en");
        for (int i = 0; i < WITHOUT_PROOF_PER_MINUTE + 2; i++) {
            assertThat(phone.post("/f/" + token + "/status", Map.of("code", "NOPE-" + i)).statusCode())
                    .isEqualTo(404);
        }
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }
}
