package org.inclusio.feedback;

import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The public feedback pages as a cheap phone, a screen reader and a person in a hurry get them. */
@IntegrationTest
class PublicPagesIntegrationTests {

    private static final Pattern LABEL_FOR = Pattern.compile("<label[^>]* for=\"([^\"]+)\"");
    private static final Pattern INPUT_ID = Pattern.compile("<(?:input|textarea)(?![^>]*type=\"hidden\")[^>]* id=\"([^\"]+)\"");
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    private PublicPagesClient phone;

    @BeforeEach
    void phone() {
        phone = new PublicPagesClient(port);
    }

    @Test
    void theArabicFormIsRightToLeftLabelledSmallSelfContainedAndSetsNoCookie() throws IOException {
        String token = phone.newChannel("en", "ar", "fa");
        var page = phone.get("/f/" + token + "?lang=ar");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "name=\"viewport\"", "إرسال",
                "Was the interpreter there? (ar)");
        assertThat(html.split("<h1", -1)).as("one h1").hasSize(2);
        assertThat(count(html, "<fieldset")).as("a fieldset for satisfaction, the yes/no question and the category")
                .isEqualTo(3).isEqualTo(count(html, "<legend"));
        Set<String> labelled = new HashSet<>();
        LABEL_FOR.matcher(html).results().forEach(match -> labelled.add(match.group(1)));
        Set<String> inputs = new HashSet<>();
        INPUT_ID.matcher(html).results().forEach(match -> inputs.add(match.group(1)));
        assertThat(inputs).contains("satisfaction-1", "satisfaction-5", "category-complaint", "category-serious",
                "q-interpreter-yes", "q-district", "comment", "website");
        assertThat(labelled).as("every visible input has its label").containsAll(inputs);
        assertThat(html).contains("tabindex=\"-1\"", "aria-hidden=\"true\"");
        assertThat(html).as("no third-party address").doesNotContain("http://", "https://", "//cdn");

        assertThat(page.headers().allValues("Set-Cookie")).as("no cookie at all").isEmpty();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher style = STYLE.matcher(html);
        assertThat(style.find()).isTrue();
        assertThat(csp).as("the inline style is allowed by its hash, nothing else inline")
                .contains("style-src 'sha256-" + sha256(style.group(1)) + "'", "script-src 'self'",
                        "default-src 'none'")
                .doesNotContain("unsafe-inline");

        var script = phone.get("/f/static/altcha.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/javascript"));
        assertThat(script.body().length()).as("the proof-of-work script").isLessThan(2_048);
        assertThat(gzip(html) + gzip(script.body())).as("the whole page, compressed as sent over the air")
                .isLessThan(30 * 1024);
        assertThat(html.length() + script.body().length()).as("and uncompressed").isLessThan(30 * 1024);
    }

    @Test
    void theLanguageComesFromTheBrowserAmongTheOfferedOnesAndStaysInTheAddress() {
        String token = phone.newChannel("fr", "fa", "uk");

        assertThat(phone.get("/f/" + token, "Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").body())
                .contains("<html lang=\"uk\" dir=\"ltr\">", "Надіслати");
        assertThat(phone.get("/f/" + token, "Accept-Language", "prs-AF,prs;q=0.9").body())
                .as("Dari reads the Farsi texts").contains("<html lang=\"fa\" dir=\"rtl\">");
        assertThat(phone.get("/f/" + token, "Accept-Language", "de-DE,de").body())
                .as("the channel's first language when nothing matches").contains("<html lang=\"fr\" dir=\"ltr\">");
        String chosen = phone.get("/f/" + token + "?lang=uk", "Accept-Language", "fr").body();
        assertThat(chosen).contains("<html lang=\"uk\"", "action=\"/f/" + token + "?lang=uk\"",
                "<a href=\"/f/" + token + "?lang=fa\" lang=\"fa\"", "aria-current=\"page\">Українська</a>");
        assertThat(phone.get("/f/" + token + "?lang=ar", "Accept-Language", "fr").body())
                .as("a language the channel does not offer").contains("<html lang=\"fr\"");
    }

    @Test
    void aSubmissionGivesAReceiptCodeOnceAndTheStatusPageShowsWhereItIs() {
        String token = phone.newChannel("en", "ar");
        var thanks = phone.post("/f/" + token + "?lang=en", PublicPagesClient.complaint("The queue was too long."));

        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(thanks.headers().allValues("Set-Cookie")).isEmpty();
        String code = PublicPagesClient.receiptCode(thanks.body());
        assertThat(code.replaceAll("[^A-Za-z0-9]", "").length()).as("at least 128 bits").isGreaterThanOrEqualTo(22);
        assertThat(thanks.body()).contains("Thank you for your feedback", "Expect an answer by",
                "id=\"status-link\" href=\"/f/" + token + "/status?lang=en\"");

        var statusForm = phone.get("/f/" + token + "/status?lang=ar");
        assertThat(statusForm.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "method=\"post\"", "name=\"code\"");
        var status = phone.post("/f/" + token + "/status?lang=en", Map.of("code", code));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(status.body()).contains("id=\"status-value\">We received your feedback</dd>",
                "There is no answer yet.").doesNotContain(code);

        var unknown = phone.post("/f/" + token + "/status?lang=en", Map.of("code", "AAAA-BBBB-CCCC"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("We did not find this code.");
    }

    @Test
    void badInputComesBackFilledInWithMessagesInThePersonsLanguageAndNothingIsStored() {
        String token = phone.newChannel("fr", "en");
        String marker = "canary-" + UUID.randomUUID();
        var fields = PublicPagesClient.complaint(marker + " " + "é".repeat(4000));
        fields.put("lang", "fr");
        fields.remove("category");
        fields.put("satisfaction", "9");
        fields.put("q.interpreter", "maybe");
        fields.put("q.district", "Nord " + marker);

        var page = phone.post("/f/" + token + "?lang=fr", fields);

        assertThat(page.statusCode()).isEqualTo(400);
        String html = page.body();
        assertThat(html).contains("<html lang=\"fr\"", "<title>Erreur : Votre avis pour ", "role=\"alert\"",
                "id=\"category-error\" class=\"err\">Choisissez de quoi parle votre avis, s&#39;il vous plaît.",
                "id=\"satisfaction-error\"", "id=\"q-interpreter-error\"",
                "id=\"comment-error\" class=\"err\">C&#39;est trop long.",
                "aria-describedby=\"comment-hint comment-error\"");
        assertThat(html).as("what was typed is still there").contains(marker + " " + "é".repeat(100),
                "value=\"Nord " + marker + "\"");
        assertThat(OwnerDatabase.columnsContaining(OwnerDatabase.superuser(environment), marker)).isEmpty();
    }

    @Test
    void anOversizedBodyGetsAFriendlyPageInThePersonsLanguage() {
        String token = phone.newChannel("uk", "en");
        String marker = "canary-" + UUID.randomUUID();
        var page = phone.postRaw("/f/" + token, "category=COMPLAINT&comment=" + marker + "x".repeat(70_000),
                "Accept-Language", "uk");

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("<html lang=\"uk\"", "Забагато тексту");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(OwnerDatabase.columnsContaining(OwnerDatabase.superuser(environment), marker)).isEmpty();
    }

    @Test
    void unknownAddressesAndClosedChannelsGetFriendlyPagesWithoutCookies() {
        var unknown = phone.get("/f/no-such-token", "Accept-Language", "ar");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "الصفحة غير موجودة");
        var deeper = phone.get("/f/no-such-token/some/where", "Accept-Language", "cs");
        assertThat(deeper.statusCode()).isEqualTo(404);
        assertThat(deeper.body()).contains("Stránka nenalezena");
        assertThat(phone.get("/o/no-such-organisation/you-said-we-did").statusCode()).isEqualTo(404);
        assertThat(phone.post("/f/no-such-token", PublicPagesClient.complaint("hello")).statusCode()).isEqualTo(404);
        for (var response : new HttpResponse<?>[] {unknown, deeper}) {
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }

        String closed = phone.newChannel(LocalDate.now().minusDays(30), LocalDate.now().minusDays(1), "es", "en");
        var page = phone.get("/f/" + closed, "Accept-Language", "es");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"es\"", "Este formulario está cerrado")
                .doesNotContain("<form");
        var refused = phone.post("/f/" + closed, PublicPagesClient.complaint("too late"));
        assertThat(refused.statusCode()).isEqualTo(409);
    }

    @Test
    void theHoneypotFilledLooksLikeSuccessButNothingIsKept() {
        String token = phone.newChannel("en");
        String marker = "canary-" + UUID.randomUUID();
        var fields = PublicPagesClient.complaint(marker);
        fields.put("website", "http://spam.example");

        var page = phone.post("/f/" + token, fields);

        assertThat(page.statusCode()).isEqualTo(200);
        String code = PublicPagesClient.receiptCode(page.body());
        assertThat(page.body()).contains("Thank you for your feedback");
        assertThat(OwnerDatabase.columnsContaining(OwnerDatabase.superuser(environment), marker)).isEmpty();
        assertThat(phone.post("/f/" + token + "/status", Map.of("code", code)).statusCode())
                .as("the decoy code leads nowhere").isEqualTo(404);
    }

    private static int count(String html, String tag) {
        return html.split(tag, -1).length - 1;
    }

    private static int gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
