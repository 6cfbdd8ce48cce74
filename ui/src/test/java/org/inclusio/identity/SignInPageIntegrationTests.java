package org.inclusio.identity;

import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded issuer's sign-in page as a browser and a screen reader get it. */
@IntegrationTest
class SignInPageIntegrationTests {

    private static final Pattern LABEL = Pattern.compile("<label for=\"([^\"]+)\">([^<]+)</label>");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theSignInPageIsInclusiosOwnSmallAndSelfContained() {
        var page = get("/login", "en-GB,en;q=0.8");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        String html = page.body();
        assertThat(html).contains("<html lang=\"en\">", "<title>Sign in | Inclusio</title>",
                "<p class=\"product\">Inclusio</p>", "<h1>Sign in</h1>",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        assertThat(html).contains("name=\"username\"", "autocomplete=\"username\"", "name=\"password\"",
                "type=\"password\"", "autocomplete=\"current-password\"", "<button type=\"submit\">Sign in</button>");
        assertThat(html).contains("If you were invited, use the link in your invitation to choose your password.");
        assertThat(CSRF.matcher(html).find()).as("the CSRF token in the form").isTrue();
        Matcher labels = LABEL.matcher(html);
        int labelled = 0;
        while (labels.find()) {
            assertThat(html).as("the input of label " + labels.group(2)).contains("<input id=\"" + labels.group(1) + "\"");
            labelled++;
        }
        assertThat(labelled).as("labels bound to the username and password inputs").isEqualTo(2);
        assertThat(html).as("no third-party (or any absolute) address, no script")
                .doesNotContain("http://", "https://", "<script", "<link");
        assertThat(html.length()).as("characters").isLessThan(6_000);
        // The session cookie carries the CSRF token of the form; there is no other cookie (no language cookie).
        assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly"));
    }

    @Test
    void czechFollowsTheBrowserAndTheLinkKeepsTheLanguageInTheAddress() {
        String fromBrowser = get("/login", "cs-CZ,cs;q=0.9,en;q=0.5").body();
        assertThat(fromBrowser).contains("<html lang=\"cs\">", "<title>Přihlášení | Inclusio</title>",
                "<label for=\"username\">Uživatelské jméno</label>", "<label for=\"password\">Heslo</label>",
                "<button type=\"submit\">Přihlásit se</button>",
                "<a href=\"/login?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");

        String fromLink = get("/login?lang=cs", "en").body();
        assertThat(fromLink).contains("<html lang=\"cs\">", "action=\"/login?lang=cs\"",
                "<a href=\"/login?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
        assertThat(get("/login?lang=xx", "fr, cs;q=0.5").body()).as("an unknown choice falls back to the browser")
                .contains("<html lang=\"cs\">");
        assertThat(get("/login", "fr").body()).as("English when nothing matches").contains("<html lang=\"en\">");
    }

    @Test
    void aRefusedSignInKeepsTheLanguageAndSaysNothingAboutTheAccount() {
        String unknown = refusedPage("no-such-account", "whatever");
        String wrongPassword = refusedPage("city-caseworker", "not-the-password");

        assertThat(unknown).contains("<html lang=\"cs\">", "role=\"alert\"",
                "Uživatelské jméno nebo heslo není správné.", "<title>Chyba: Přihlášení | Inclusio</title>",
                "aria-describedby=\"sign-in-message\"");
        assertThat(withoutCsrfToken(unknown)).isEqualTo(withoutCsrfToken(wrongPassword));
    }

    @Test
    void signingOutAndLockedAddressesShowTheirMessages() {
        assertThat(get("/login?logout", "en").body()).contains("role=\"status\"", "You have signed out.");
        assertThat(get("/login?error&locked=3", "en").body()).contains("Too many attempts. Try again in 3 minutes.");
        assertThat(get("/login?error&locked=1&lang=cs", "en").body())
                .contains("Příliš mnoho pokusů. Zkuste to znovu za 1 minutu.");
        assertThat(get("/login?error&locked=12&lang=cs", "en").body())
                .contains("Příliš mnoho pokusů. Zkuste to znovu za 12 minut.");
        assertThat(get("/login?error&locked=nonsense", "en").body())
                .contains("Too many attempts. Try again later.");
    }

    /** Signs in from the Czech page and follows the refusal back to it. */
    private String refusedPage(String username, String password) {
        var http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var form = send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?lang=cs")).GET());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        var refused = send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?lang=cs"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + csrf.group(1))));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login?error&lang=cs"));
        return send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?error&lang=cs"))
                .GET()).body();
    }

    private static String withoutCsrfToken(String html) {
        return CSRF.matcher(html).replaceAll("");
    }

    private HttpResponse<String> get(String path, String acceptLanguage) {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage).GET());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
