package org.inclusio.feedback;

import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing stored or logged for a public submission identifies the device or the person: canary values in the client
 * address ({@code X-Forwarded-For}, which the application honours from a proxy), the user agent and a cookie are in
 * no table and no log line after submitting through the page and the API, and no answer sets a cookie. Free text is
 * stored as given and rendered escaped.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PublicAnonymityIntegrationTests {

    private static final SecureRandom RANDOM = new SecureRandom();

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
    void theAddressUserAgentAndCookiesOfASubmitterAreInNoTableAndNoLogLine(CapturedOutput output) {
        String token = phone.newChannel("en", "so");
        String address = "203.0." + (113 + RANDOM.nextInt(2)) + "." + (1 + RANDOM.nextInt(254));
        String agent = "CanaryPhone/" + UUID.randomUUID();
        String cookie = "canary-cookie-" + UUID.randomUUID();
        String[] device = {"X-Forwarded-For", address, "User-Agent", agent, "Cookie", "tracker=" + cookie,
                "Accept-Language", "so"};
        List<HttpResponse<String>> responses = new ArrayList<>();

        responses.add(phone.get("/f/" + token, device));
        var thanks = phone.post("/f/" + token + "?lang=so", PublicPagesClient.complaint("Anonymity canary run"),
                device);
        assertThat(thanks.statusCode()).isEqualTo(200);
        responses.add(thanks);
        responses.add(phone.post("/f/" + token + "/status", Map.of("code", PublicPagesClient.receiptCode(
                thanks.body())), device));
        var api = phone.postJson("/api/v1/public/feedback/" + token, """
                {"language":"so","category":"SUGGESTION","satisfaction":4,"answers":{},"comment":"Anonymity canary"}""",
                device);
        assertThat(api.statusCode()).isEqualTo(201);
        responses.add(api);
        responses.add(phone.get("/o/demo-city/you-said-we-did", device));
        responses.add(phone.get("/f/no-such-token", device));
        responses.add(phone.postRaw("/f/" + token, "comment=" + "x".repeat(70_000), device));

        for (var response : responses) {
            assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().getPath()).isEmpty();
        }
        var superuser = OwnerDatabase.superuser(environment);
        for (String marker : List.of(address, agent, cookie)) {
            assertThat(OwnerDatabase.columnsContaining(superuser, marker)).as(marker).isEmpty();
            assertThat(output.getAll()).as("the log").doesNotContain(marker);
        }
    }

    @Test
    void freeTextIsRenderedEscapedWhereTheFormShowsItAgain() {
        String token = phone.newChannel("en");
        var fields = PublicPagesClient.complaint("<script>alert('x')</script><b>bold</b>");
        fields.remove("category");

        var page = phone.post("/f/" + token, fields);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>alert", "<b>bold");
    }
}
