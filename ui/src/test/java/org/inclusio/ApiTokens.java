package org.inclusio;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Gets real tokens from the running application's embedded issuer, exactly as the README's curl examples do: client
 * credentials for machine clients, and authorization code with PKCE for people (signing in on the login page).
 */
public final class ApiTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final String baseUrl;

    public ApiTokens(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public String clientCredentials(String clientId, String secret) {
        return clientCredentials(clientId, secret, "manager caseworker");
    }

    public String clientCredentials(String clientId, String secret, String scope) {
        var response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + encode(scope)))
                .build());
        return accessToken(response);
    }

    /** A person's token: sign in on the issuer's page, approve nothing (no consent), exchange the code. */
    public String user(String username) {
        return user(username, "demo");
    }

    public String user(String username, String password) {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = random();
        String authorize = baseUrl + "/oauth2/authorize?response_type=code&client_id=inclusio-cli"
                + "&redirect_uri=" + encode("http://127.0.0.1/callback") + "&scope=openid&state=" + random()
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        send(http, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        var loginPage = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build());
        var csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        var login = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                        + encode(csrf.group(1))))
                .build());
        String next = login.headers().firstValue("Location").filter(location -> !location.contains("/login?error"))
                .orElseThrow(() -> new IllegalStateException("Sign-in of " + username + " refused"));
        var authorized = send(http, HttpRequest.newBuilder(URI.create(next)).GET().build());
        String callback = authorized.headers().firstValue("Location").orElseThrow();
        var code = CODE.matcher(callback);
        if (!callback.startsWith("http://127.0.0.1/callback") || !code.find()) {
            throw new IllegalStateException("No authorization code for " + username + ": " + callback);
        }
        var token = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=inclusio-cli"
                        + "&redirect_uri=" + encode("http://127.0.0.1/callback") + "&code=" + code.group(1)
                        + "&code_verifier=" + verifier))
                .build());
        return accessToken(token);
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed with " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.get("access_token").asString();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
