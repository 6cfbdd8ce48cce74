package org.inclusio;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API as the tests call it: tokens signed in once per JVM and port, JSON in and out. */
public final class RestApi {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final RestTestClient client;
    private final ApiTokens tokens;
    private final int port;

    public RestApi(RestTestClient client, int port) {
        this.client = client;
        this.tokens = new ApiTokens(port);
        this.port = port;
    }

    public String token(String username) {
        return TOKENS.computeIfAbsent(port + "/" + username, key -> tokens.user(username));
    }

    public String integrationClient(String organisationSlug) {
        return TOKENS.computeIfAbsent(port + "/client/" + organisationSlug,
                key -> tokens.clientCredentials(organisationSlug + "-integration", "demo-secret"));
    }

    public RestTestClient.ResponseSpec get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    public JsonNode getJson(String path, String token) {
        return get(path, token).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    public RestTestClient.ResponseSpec post(String path, String token, String json) {
        return client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    public JsonNode created(String path, String token, String json) {
        var result = post(path, token, json).expectBody(JsonNode.class).returnResult();
        assertThat(result.getStatus().value()).as("POST %s answered %s", path, result.getResponseBody())
                .isEqualTo(201);
        return result.getResponseBody();
    }

    public RestTestClient.ResponseSpec put(String path, String token, @Nullable String ifMatch, String json) {
        var request = client.put().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(json).exchange();
    }

    public RestTestClient.ResponseSpec delete(String path, String token) {
        return client.delete().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    /** Every item of a paged list, following {@code nextCursor} until it is null. */
    public List<JsonNode> allPages(String path, String token) {
        return allPages(path, null, token);
    }

    /** Every item from the page at {@code cursor} ({@code null}: the first) on. */
    public List<JsonNode> allPages(String path, @Nullable String cursor, String token) {
        var items = new ArrayList<JsonNode>();
        do {
            String page = cursor == null ? path : path + (path.contains("?") ? "&" : "?") + "cursor=" + cursor;
            JsonNode body = getJson(page, token);
            body.get("items").forEach(items::add);
            cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }

    /** A new case file of the caller's organisation with the consents given (e.g. {@code REFERRAL_TO_PARTNERS}). */
    public String caseFile(String token, String... consents) {
        String given = String.join(",", Arrays.stream(consents).map(consent -> "\"" + consent + "\"")
                .toList());
        return created("/api/v1/beneficiaries", token, """
                {"details":{"displayName":"Test person %s","gender":"NOT_STATED","ageBand":"NOT_STATED"},
                 "consentsGiven":[%s]}""".formatted(UUID.randomUUID(), given)).get("id").asText();
    }

    /** A new partner in the caller's organisation's directory. */
    public String partner(String token) {
        return created("/api/v1/partners", token, """
                {"name":"Partner %s","kind":"NGO"}""".formatted(UUID.randomUUID())).get("id").asText();
    }

    /** A group session with a headcount and nothing else; {@code language} lets a test find its own. */
    public static String groupSession(String heldOn, String language) {
        return """
                {"type":"GROUP_SESSION","purpose":"SERVICE_DELIVERY","heldOn":"%s","durationMinutes":90,
                 "channel":"IN_PERSON","language":"%s",
                 "headcounts":[{"gender":"FEMALE","ageBand":"AGE_25_34","count":4}]}""".formatted(heldOn, language);
    }
}
