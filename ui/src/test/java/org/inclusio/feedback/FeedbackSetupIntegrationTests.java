package org.inclusio.feedback;

import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coding framework every organisation starts with, service levels, "you said, we did" with its public page, and
 * the figures managers see, small cells suppressed.
 */
@IntegrationTest
class FeedbackSetupIntegrationTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    FeedbackApi api;

    @BeforeEach
    void api() {
        api = new FeedbackApi(client, port);
    }

    @Test
    void everyOrganisationHasTheSectorFrameworkAndManagersKeepItUpToDate() {
        String manager = api.token("aid-manager");
        JsonNode codes = api.getJson("/api/v1/feedback-codes", api.token("aid-caseworker")).get("items");
        List<String> categories = new ArrayList<>();
        codes.forEach(code -> categories.add(code.get("category").asText()));
        assertThat(categories).contains("Residence and documents", "Employment", "Housing", "Health", "Education",
                "Language learning", "Social benefits", "Staff conduct", "Access to the service",
                "Safety and protection", "Information and rumours");

        String key = "local." + UUID.randomUUID().toString().substring(0, 8);
        JsonNode added = api.created("/api/v1/feedback-codes", manager, """
                {"key":"%s","category":"Transport","label":"Bus tickets"}""".formatted(key));
        assertThat(FeedbackApi.fields(api.post("/api/v1/feedback-codes", manager, """
                {"key":"%s","category":"Transport","label":"Again"}""".formatted(key)).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody())).containsExactly("key");
        api.post("/api/v1/feedback-codes", api.token("aid-caseworker"), """
                {"key":"x.%s","category":"Transport","label":"Caseworker's"}""".formatted(key))
                .expectStatus().isForbidden();
        api.post("/api/v1/feedback-codes/" + added.get("id").asText() + "/retirement", manager, "")
                .expectStatus().isOk();
        List<Boolean> retired = new ArrayList<>();
        api.getJson("/api/v1/feedback-codes", manager).get("items").forEach(code -> {
            retired.add(code.get("retired").asBoolean());
            if (code.get("key").asText().equals(key)) {
                assertThat(code.get("retired").asBoolean()).isTrue();
            }
        });
        assertThat(retired).as("retired codes last").isSortedAccordingTo(Boolean::compare).contains(true, false);
    }

    @Test
    void managersPublishWhatChangedAndAnyoneReadsItInTheirLanguage() {
        String manager = api.token("aid-manager");
        JsonNode channel = api.created("/api/v1/feedback-channels", manager, """
                {"name":"Aid %s","languages":["en","fa"],"opensOn":"%s","questions":[]}"""
                .formatted(UUID.randomUUID(), LocalDate.now().minusDays(3)));
        api.submitted(channel.get("publicToken").asText(), """
                {"language":"fa","category":"SUGGESTION","answers":{},"comment":"کلاس زبان عصرها"}""");
        String feedback = api.getJson("/api/v1/feedback?channel=" + channel.get("id").asText(), manager)
                .get("items").get(0).get("id").asText();
        String marker = UUID.randomUUID().toString();

        JsonNode entry = api.created("/api/v1/you-said-we-did", manager, """
                {"youSaid":{"en":"Evening classes, please %s","fa":"کلاس‌های عصر"},
                 "weDid":{"en":"Language classes now also run on Tuesday evenings.","fa":"کلاس‌ها سه‌شنبه عصر هم برگزار می‌شود."},
                 "publishedOn":"%s","basedOn":["%s"]}""".formatted(marker, LocalDate.now(), feedback));
        assertThat(entry.get("basedOn").get(0).asText()).isEqualTo(feedback);
        assertThat(api.getJson("/api/v1/feedback/" + feedback, manager).get("youSaidWeDid").asText())
                .isEqualTo(entry.get("id").asText());
        assertThat(FeedbackApi.fields(api.post("/api/v1/you-said-we-did", manager, """
                {"youSaid":{"en":"x"},"weDid":{"en":"y"},"publishedOn":"%s","basedOn":["%s"]}"""
                .formatted(LocalDate.now(), UUID.randomUUID())).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody())).containsExactly("basedOn");

        JsonNode page = client.get().uri("/api/v1/public/you-said-we-did/demo-aid?lang=fa").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(page.get("organisationName").asText()).isEqualTo("Demo Aid");
        assertThat(page.get("languages").toString()).contains("\"en\"", "\"fa\"");
        assertThat(page.get("entries").get(0).get("weDid").asText()).isEqualTo("کلاس‌ها سه‌شنبه عصر هم برگزار می‌شود.");
        assertThat(page.toString()).doesNotContain(feedback, marker);
        assertThat(client.get().uri("/api/v1/public/you-said-we-did/demo-aid?lang=en").exchange()
                .expectBody(String.class).returnResult().getResponseBody()).contains(marker);
        client.get().uri("/api/v1/public/you-said-we-did/no-such-organisation").exchange().expectStatus().isNotFound();
    }

    @Test
    void serviceLevelsSetTheAnswerDay() {
        String manager = api.token("aid-manager");
        String token = api.created("/api/v1/feedback-channels", manager, """
                {"name":"Levels %s","languages":["en"],"opensOn":"%s","questions":[]}"""
                .formatted(UUID.randomUUID(), LocalDate.now())).get("publicToken").asText();
        JsonNode before = api.getJson("/api/v1/feedback-service-levels", manager);
        try {
            api.put("/api/v1/feedback-service-levels", manager, null, """
                    {"acknowledgeDays":2,"answerDays":21}""").expectStatus().isOk();
            assertThat(FeedbackApi.fields(api.put("/api/v1/feedback-service-levels", manager, null, """
                    {"acknowledgeDays":9,"answerDays":3}""").expectStatus().isBadRequest().expectBody(JsonNode.class)
                    .returnResult().getResponseBody())).containsExactly("answerDays");
            api.put("/api/v1/feedback-service-levels", api.token("aid-caseworker"), null, """
                    {"acknowledgeDays":2,"answerDays":21}""").expectStatus().isForbidden();
            assertThat(api.submitted(token, """
                    {"language":"en","category":"QUESTION","answers":{}}""").get("answerExpectedBy").asText())
                    .isEqualTo(LocalDate.now().plusDays(21).toString());
        } finally {
            api.put("/api/v1/feedback-service-levels", manager, null, before.toString()).expectStatus().isOk();
        }
    }

    /** On the demo data: every count shown is zero or at least k, and no breakdown hides exactly one cell. */
    @Test
    void figuresShowNoSmallCellAndNothingThatRevealsOne() {
        String manager = api.token("city-manager");
        JsonNode figures = api.getJson("/api/v1/feedback/figures?from=%s&to=%s"
                .formatted(LocalDate.now().minusMonths(6), LocalDate.now()), manager);
        int k = figures.get("smallCellThreshold").asInt();
        assertThat(k).isGreaterThanOrEqualTo(5);
        assertThat(figures.get("total").asLong()).isGreaterThanOrEqualTo(30);
        for (String breakdown : List.of("byCategory", "byChannel", "byLanguage", "byType")) {
            int suppressed = 0;
            for (JsonNode cell : figures.get(breakdown)) {
                if (cell.get("count").isNull()) {
                    suppressed++;
                } else {
                    assertThat(cell.get("count").asLong()).as(breakdown).matches(count -> count == 0 || count >= k);
                }
            }
            assertThat(suppressed).as(breakdown).isNotEqualTo(1);
        }
        assertThat(figures.get("rumoursTrend")).isNotEmpty();
        api.get("/api/v1/feedback/figures?from=2026-01-01&to=2026-02-01", api.token("city-caseworker"))
                .expectStatus().isForbidden();
        api.get("/api/v1/feedback/figures?from=2026-02-01&to=2026-01-01", manager).expectStatus().isBadRequest();
    }
}
