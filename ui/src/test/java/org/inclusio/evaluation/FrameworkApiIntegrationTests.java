package org.inclusio.evaluation;

import org.inclusio.IntegrationTest;
import org.inclusio.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's own frameworks through the REST API: a copy of the SPRING criteria with items left out and
 * added, its next version, the checks on what is sent, and who may write and see them.
 */
@IntegrationTest
class FrameworkApiIntegrationTests {

    private static final String BASE = "/api/v1/frameworks";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    RestApi api;
    String admin;
    String spring;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
        admin = api.token("city-admin");
        for (JsonNode framework : api.getJson(BASE, admin).get("items")) {
            if (framework.get("key").asText().equals("spring-good-practice-criteria")) {
                spring = framework.get("id").asText();
            }
        }
    }

    @Test
    void anAdminAdaptsACopyOfTheSpringCriteriaAndEvaluationsUseIt() {
        ObjectNode copy = copyOf(spring, "Our SPRING " + UUID.randomUUID());
        ArrayNode inclusivity = (ArrayNode) copy.get("sections").get(0).get("questions").get(0).get("items");
        inclusivity.remove(3);
        inclusivity.addObject().put("text", "Offer appointments outside working hours.");
        JsonNode defined = api.created(BASE, admin, copy.toString());

        assertThat(defined.get("shipped").asBoolean()).isFalse();
        assertThat(defined.get("basedOn").asText()).isEqualTo(spring);
        JsonNode definition = defined.get("definition");
        assertThat(definition.get("version").asInt()).isEqualTo(1);
        assertThat(definition.get("key").asText()).startsWith("our-spring-");
        List<String> codes = new ArrayList<>();
        definition.get("sections").get(0).get("questions").get(0).get("items")
                .forEach(item -> codes.add(item.get("code").asText()));
        assertThat(codes).as("IP1.4 left out, the new item numbered after the kept ones")
                .containsExactly("IP1.1", "IP1.2", "IP1.3", "IP1.5");
        JsonNode kept = definition.get("sections").get(0).get("questions").get(0).get("items").get(0);
        assertThat(kept.get("rule").asText()).as("a kept item keeps its evidence and rule")
                .isEqualTo("REPRESENTATIVENESS");
        JsonNode added = definition.get("sections").get(0).get("questions").get(0).get("items").get(3);
        assertThat(added.get("metrics")).as("an added item is judged by narrative alone").isEmpty();

        List<String> listed = new ArrayList<>();
        api.getJson(BASE, api.token("city-manager")).get("items").forEach(item -> listed.add(item.get("id").asText()));
        assertThat(listed).as("managers evaluate with it").contains(defined.get("id").asText());
        List<String> elsewhere = new ArrayList<>();
        String otherManager = api.token("aid-manager");
        api.getJson(BASE, otherManager).get("items").forEach(item -> elsewhere.add(item.get("id").asText()));
        assertThat(elsewhere).as("another organisation does not see it").doesNotContain(defined.get("id").asText());
        api.get(BASE + "/" + defined.get("id").asText(), otherManager).expectStatus().isNotFound();

        ObjectNode next = copyOf(defined.get("id").asText(), definition.get("name").asText());
        ((ArrayNode) next.get("sections")).remove(4);
        JsonNode second = api.created(BASE, admin, next.toString());
        assertThat(second.get("definition").get("key").asText()).isEqualTo(definition.get("key").asText());
        assertThat(second.get("definition").get("version").asInt()).isEqualTo(2);
        assertThat(second.get("definition").get("sections")).hasSize(4);
        assertThat(api.getJson(BASE + "/" + defined.get("id").asText(), admin).get("definition").get("sections"))
                .as("the first version stays as it was").hasSize(5);
    }

    @Test
    void whatIsWrongIsNamedByItsPlaceAndNothingIsStored() {
        ObjectNode copy = copyOf(spring, "Broken " + UUID.randomUUID());
        ObjectNode firstQuestion = (ObjectNode) copy.get("sections").get(0).get("questions").get(0);
        ((ObjectNode) firstQuestion.get("items").get(1)).put("text", "  ");
        ((ObjectNode) firstQuestion.get("items").get(2)).put("code", "IP1.1");
        ((ObjectNode) copy.get("sections").get(1)).set("questions", JSON.createArrayNode());
        int before = api.getJson(BASE, admin).get("items").size();

        JsonNode problem = api.post(BASE, admin, copy.toString()).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("sections[0].questions[0].items[1].text",
                "sections[0].questions[0].items[2].code", "sections[1].questions");
        assertThat(api.getJson(BASE, admin).get("items")).hasSize(before);

        api.post(BASE, admin, "{\"name\":\"\",\"sections\":[]}").expectStatus().isBadRequest();
        api.post(BASE, admin, copy.put("basedOn", UUID.randomUUID().toString()).toString())
                .expectStatus().isBadRequest();
    }

    @Test
    void onlyOrganisationAdminsWriteFrameworks() {
        String body = """
                {"name":"Own %s","sections":[{"title":"Access","questions":[{"text":"Can people reach us?",
                 "items":[{"text":"Opening hours suit working people."}]}]}]}""".formatted(UUID.randomUUID());
        for (String username : List.of("city-manager", "city-caseworker")) {
            api.post(BASE, api.token(username), body).expectStatus().isForbidden();
        }
        api.post(BASE, api.integrationClient("demo-city"), body).expectStatus().isForbidden();
        JsonNode own = api.created(BASE, admin, body);
        assertThat(own.get("basedOn").isNull()).isTrue();
        JsonNode section = own.get("definition").get("sections").get(0);
        assertThat(section.get("code").asText()).isEqualTo("S1");
        assertThat(section.get("questions").get(0).get("code").asText()).isEqualTo("S1.1");
        assertThat(section.get("questions").get(0).get("items").get(0).get("code").asText()).isEqualTo("S1.1.1");
        assertThat(own.get("definition").get("sectionLabel").asText()).isEqualTo("Criterion");
    }

    /** The framework's sections as a request body for a copy of it under a new name. */
    private ObjectNode copyOf(String framework, String name) {
        JsonNode definition = api.getJson(BASE + "/" + framework, admin).get("definition");
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("basedOn", framework);
        body.set("sections", definition.get("sections").deepCopy());
        return body;
    }
}
