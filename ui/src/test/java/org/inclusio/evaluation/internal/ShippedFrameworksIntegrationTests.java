package org.inclusio.evaluation.internal;

import org.inclusio.IntegrationTest;
import org.inclusio.evaluation.Applicability;
import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.inclusio.RestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frameworks shipped as definition files: imported once, never changed once stored, and the SPRING criteria
 * worded exactly as the published pages (seed 001).
 */
@IntegrationTest
class ShippedFrameworksIntegrationTests {

    @Autowired
    ShippedFrameworks shipped;

    @Autowired
    FrameworkRepository frameworks;

    @Autowired
    FrameworkDefinitions definitions;

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void aSecondImportAddsNothingAndAChangedFileNeverOverwritesTheStoredVersionButANewVersionIsAdded() {
        String key = "test-framework-" + UUID.randomUUID();
        var first = definition(key, 1, "Original wording");
        assertThat(shipped.importAll(List.of(first))).isOne();
        long stored = frameworks.count();

        assertThat(shipped.importAll(List.of(first))).isZero();
        assertThat(shipped.importAll(List.of(definition(key, 1, "Changed wording")))).isZero();
        assertThat(frameworks.count()).isEqualTo(stored);
        assertThat(definitions.fromJson(frameworks.findShipped(key, 1).orElseThrow().definition()))
                .isEqualTo(first);

        assertThat(shipped.importAll(List.of(definition(key, 2, "Changed wording")))).isOne();
        assertThat(frameworks.findShipped(key, 2)).isPresent();
    }

    @Test
    void theSpringCriteriaHaveFiveCriteriaTwelveQuestionsAndFortyItemsWordedAsTheSeed() throws IOException {
        JsonNode list = new RestApi(client, port).getJson("/api/v1/frameworks", new RestApi(client, port)
                .token("city-manager"));
        JsonNode spring = null;
        for (JsonNode framework : list.get("items")) {
            if (framework.get("key").asText().equals("spring-good-practice-criteria")) {
                spring = framework;
            }
        }
        assertThat(spring).isNotNull();
        assertThat(spring.get("shipped").asBoolean()).isTrue();
        assertThat(List.of(spring.get("sections").asInt(), spring.get("questions").asInt(),
                spring.get("items").asInt())).containsExactly(5, 12, 40);

        var definition = definitions.fromJson(frameworks.findShipped("spring-good-practice-criteria", 1)
                .orElseThrow().definition());
        String seed;
        try (var page = getClass().getResourceAsStream("/seeds/spring-practices.txt")) {
            seed = new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(definition.sections()).extracting(Section::title).containsExactly("Inclusivity & Participation",
                "Relevance & Complementarity", "Effectiveness", "Sustainability", "Partnership & Collaboration");
        for (Question question : definition.questions().toList()) {
            assertThat(seed).as("guiding question %s", question.code()).contains(question.text());
        }
        for (Item item : definition.items().toList()) {
            assertThat(seed).as("item %s", item.code()).contains(item.text());
        }
        assertThat(definition.items().filter(item -> item.rule() != null).map(Item::code))
                .as("items whose rating Inclusio can suggest")
                .contains("IP3.2", "IP3.1", "RC1.1", "EF2.1", "IP3.3", "IP1.1");
    }

    @Test
    void theHandbooksKeyAreaChecklistsAndIndicatorsAreShippedWordedAsTheHandbook() throws IOException {
        String handbook;
        try (var file = getClass().getResourceAsStream("/seeds/unhcr-mpg-handbook.txt")) {
            handbook = new String(file.readAllBytes(), StandardCharsets.UTF_8).replace("**", "")
                    .replaceAll("\\[([^]]*)]\\(#\\)", "$1").replaceAll("\\s+", " ");
        }
        var keyAreas = definitions.fromJson(frameworks.findShipped("unhcr-mpg-key-areas", 1).orElseThrow()
                .definition());
        var indicators = definitions.fromJson(frameworks.findShipped("unhcr-mpg-indicators", 1).orElseThrow()
                .definition());

        assertThat(keyAreas.sections()).extracting(Section::code).containsExactly("KA1", "KA2", "KA3", "KA4", "KA5",
                "KA6", "OVERARCHING");
        assertThat(indicators.sections()).extracting(Section::title).containsExactly("Inclusivity & Participation",
                "Relevance & Complementarity", "Effectiveness", "Sustainability", "Partnership & Cooperation");
        for (FrameworkDefinition definition : List.of(keyAreas, indicators)) {
            for (Item item : definition.items().toList()) {
                assertThat(handbook.contains(item.text().replaceAll("\\s+", " ")))
                        .as("%s %s is worded as the handbook: %s", definition.key(), item.code(), item.text()).isTrue();
            }
        }
        assertThat(keyAreas.items().filter(item -> item.appliesTo().equals(Set.of(Applicability.LOCAL_AUTHORITY)))
                .map(Item::code)).as("the specific checklist for local authorities")
                .contains("KA4.Q2.1", "KA4.Q2.2", "KA4.Q2.3", "KA4.Q2.4", "KA4.Q2.5");
        assertThat(keyAreas.items().filter(item -> item.appliesTo().contains(Applicability.NGO)).count())
                .as("most items apply to NGOs too").isGreaterThan(70);
    }

    private static FrameworkDefinition definition(String key, int version, String itemText) {
        return new FrameworkDefinition(key, version, "Test framework", null, "Criterion", "Question", "Item",
                List.of(new Section("A", "Section", List.of(new Question("A1", "Question?", List.of(
                        new Item("A1.1", itemText, Set.of(), List.of(), null)))))));
    }
}
