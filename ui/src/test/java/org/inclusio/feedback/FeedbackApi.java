package org.inclusio.feedback;

import org.inclusio.ApiTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The feedback API as the tests call it: staff tokens signed in once per JVM and port, anonymous calls, JSON. */
final class FeedbackApi {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final RestTestClient client;
    private final ApiTokens tokens;
    private final int port;

    FeedbackApi(RestTestClient client, int port) {
        this.client = client;
        this.tokens = new ApiTokens(port);
        this.port = port;
    }

    String token(String username) {
        return TOKENS.computeIfAbsent(port + "/" + username, key -> tokens.user(username));
    }

    RestTestClient.ResponseSpec get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    JsonNode getJson(String path, String token) {
        return get(path, token).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    RestTestClient.ResponseSpec post(String path, String token, String json) {
        return client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    JsonNode created(String path, String token, String json) {
        var result = post(path, token, json).expectBody(JsonNode.class).returnResult();
        assertThat(result.getStatus().value()).as("POST %s answered %s", path, result.getResponseBody())
                .isEqualTo(201);
        return result.getResponseBody();
    }

    RestTestClient.ResponseSpec put(String path, String token, @Nullable String ifMatch, String json) {
        var request = client.put().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(json).exchange();
    }

    /** An anonymous submission, optionally with an Idempotency-Key. */
    RestTestClient.ResponseSpec submit(String publicToken, @Nullable String idempotencyKey, String json) {
        var request = client.post().uri("/api/v1/public/feedback/{token}", publicToken)
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(json).exchange();
    }

    JsonNode submitted(String publicToken, String json) {
        return submit(publicToken, null, json).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    RestTestClient.ResponseSpec status(String receiptCode) {
        return client.get().uri("/api/v1/public/feedback/status/{code}", receiptCode).exchange();
    }

    /** A new open channel of the manager's organisation in English and Arabic, with one rating question. */
    JsonNode channel(String managerToken, String name) {
        return created("/api/v1/feedback-channels", managerToken, """
                {"name":"%s","languages":["en","ar"],"opensOn":"%s","questions":[
                  {"key":"waiting","kind":"RATING","text":{"en":"Waiting time?","ar":"وقت الانتظار؟"},"choices":[]}]}"""
                .formatted(name, LocalDate.now().minusDays(10)));
    }

    static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
