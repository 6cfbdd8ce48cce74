package org.inclusio.feedback;

import org.inclusio.ApiTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's phone on the public feedback pages (plain HTTP, no cookie store, no JavaScript) and a manager setting up
 * channels through the API, for the tests of the public pages.
 */
final class PublicPagesClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern RECEIPT = Pattern.compile("<p id=\"receipt-code\"[^>]*>([^<]+)</p>");
    private static final Pattern CHALLENGE = Pattern.compile("data-altcha=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ApiTokens tokens;

    PublicPagesClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.tokens = new ApiTokens(port);
    }

    /** A new open channel of Demo City in these languages, with a yes/no and a short-text question; its token. */
    String newChannel(String... languages) {
        return newChannel(LocalDate.now().minusDays(1), null, languages);
    }

    String newChannel(LocalDate opensOn, LocalDate closesOn, String... languages) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        for (String language : languages) {
            texts.put(language, "Was the interpreter there? (" + language + ")");
            choices.put(language, "Your district (" + language + ")");
        }
        String body = JSON.writeValueAsString(Map.of(
                "name", "Public pages test " + System.nanoTime(),
                "languages", languages,
                "opensOn", opensOn.toString(),
                "closesOn", closesOn == null ? "" : closesOn.toString(),
                "questions", java.util.List.of(
                        Map.of("key", "interpreter", "kind", "YES_NO", "text", texts, "choices", java.util.List.of()),
                        Map.of("key", "district", "kind", "SHORT_TEXT", "text", choices, "choices",
                                java.util.List.of()))))
                .replace("\"closesOn\":\"\"", "\"closesOn\":null");
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/feedback-channels"))
                .header("Authorization", "Bearer " + managerToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Channel not created: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("publicToken").asString();
    }

    String managerToken() {
        return tokens.clientCredentials("demo-city-integration", "demo-secret");
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).headers(headers(headers)).GET());
    }

    /** Posts form fields (in this order) as a browser does. */
    HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        return postRaw(path, fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")), headers);
    }

    HttpResponse<String> postRaw(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).headers(headers(headers))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).headers(headers(headers))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A complaint with a comment, as the form sends it. */
    static Map<String, String> complaint(String comment) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lang", "en");
        fields.put("altcha", "");
        fields.put("satisfaction", "2");
        fields.put("q.interpreter", "no");
        fields.put("category", "COMPLAINT");
        fields.put("comment", comment);
        fields.put("website", "");
        return fields;
    }

    static String receiptCode(String thanksPage) {
        Matcher code = RECEIPT.matcher(thanksPage);
        if (!code.find()) {
            throw new IllegalStateException("No receipt code on the page");
        }
        return code.group(1).strip();
    }

    /** The ALTCHA challenge the form carries, as JSON. */
    static JsonNode challenge(String formPage) {
        Matcher challenge = CHALLENGE.matcher(formPage);
        if (!challenge.find()) {
            throw new IllegalStateException("No ALTCHA challenge on the form");
        }
        return JSON.readTree(challenge.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
    }

    /** What the form's script does: finds the number and builds ALTCHA's payload. */
    static String solve(JsonNode challenge) {
        String salt = challenge.path("salt").asString();
        String target = challenge.path("challenge").asString();
        for (int number = 0; number <= challenge.path("maxnumber").asInt(); number++) {
            if (sha256(salt + number).equals(target)) {
                String proof = JSON.writeValueAsString(Map.of("algorithm", challenge.path("algorithm").asString(),
                        "challenge", target, "number", number, "salt", salt,
                        "signature", challenge.path("signature").asString()));
                return Base64.getEncoder().encodeToString(proof.getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new IllegalStateException("No number solves the challenge");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] headers(String... headers) {
        return headers.length == 0 ? new String[] {"Accept-Language", "en"} : headers;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
