package org.inclusio.identity;

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
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A browser at one client address (sent as {@code X-Forwarded-For}, which the application honours from a trusted proxy
 * such as this loopback test client) using the embedded issuer's sign-in page the way the staff UI and
 * {@code inclusio-cli} do: an authorization request first, then the form, without following redirects.
 */
final class SignInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final String VERIFIER = "a-fixed-code-verifier-for-tests-only-0123456789abcdefghijkl";

    private final String baseUrl;
    private final String address;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    SignInBrowser(int port, String address) {
        this.baseUrl = "http://localhost:" + port;
        this.address = address;
    }

    /** Asks the issuer for an authorization code; without a session there it answers with its sign-in page. */
    HttpResponse<String> authorize() {
        return get("/oauth2/authorize?response_type=code&client_id=inclusio-cli&scope=openid&state=test"
                + "&redirect_uri=" + encode("http://127.0.0.1/callback")
                + "&code_challenge=" + challenge() + "&code_challenge_method=S256");
    }

    /** Whether the issuer hands out a code at once, i.e. this browser is signed in there. */
    boolean signedInAtTheIssuer() {
        return authorize().headers().firstValue("Location").orElse("").startsWith("http://127.0.0.1/callback?code=");
    }

    /** Opens the sign-in page and submits it; the answer to the submission (a redirect). */
    HttpResponse<String> submit(String username, String password) {
        var page = get("/login");
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + "&_csrf=" + encode(csrf.group(1)))));
    }

    /** Submits the form and follows the redirect back to the sign-in page, if that is where it goes. */
    String submitAndRead(String username, String password) {
        String location = submit(username, password).headers().firstValue("Location").orElseThrow();
        return location.contains("/login?") ? get(location.substring(location.indexOf("/login?"))).body() : location;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("X-Forwarded-For", address).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String challenge() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
