package org.inclusio.assessment;

import org.inclusio.IntegrationTest;
import org.inclusio.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participatory assessments through the REST API: the pilot of seed 003 (desk research, focus groups, two round
 * tables with 40 stakeholders) comes back as recorded, with its findings and the actions taken; bad input is refused
 * field by field; intercultural workers read but do not record them; corrections need the current version.
 */
@IntegrationTest
class ParticipatoryAssessmentApiIntegrationTests {

    private static final String BASE = "/api/v1/participatory-assessments";

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    RestApi api;
    String manager;
    String housing;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
        manager = api.token("city-manager");
        for (JsonNode domain : api.getJson("/api/v1/need-domains", manager)) {
            if (domain.get("code").asText().equals("HOUSING")) {
                housing = domain.get("id").asText();
            }
        }
    }

    @Test
    void thePilotsStakeholderAssessmentComesBackAsRecorded() {
        String roundTable = api.created("/api/v1/consultations", manager, RestApi.groupSession(
                LocalDate.now().minusDays(40).toString(), "cs")).get("id").asText();
        String title = "Stakeholder needs assessment " + UUID.randomUUID();
        JsonNode recorded = api.created(BASE, manager, pilot(title, roundTable, LocalDate.now().minusDays(10)));
        String path = BASE + "/" + recorded.get("id").asText();

        JsonNode read = api.getJson(path, manager);
        assertThat(read.get("title").asText()).isEqualTo(title);
        assertThat(read.get("methods")).extracting(JsonNode::asText).containsExactlyInAnyOrder("DESK_RESEARCH",
                "FOCUS_GROUP", "STAKEHOLDER_ROUND_TABLE");
        assertThat(read.get("groups")).extracting(cell -> cell.get("group").asText() + "=" + cell.get("count").asInt())
                .containsExactly("MIGRANTS=12", "PUBLIC_AUTHORITIES=14", "NGOS=18", "MIGRANT_ASSOCIATIONS=8");
        assertThat(read.get("totalParticipants").asInt()).as("the larger breakdown: 52 by group").isEqualTo(52);
        assertThat(read.get("participants")).hasSize(2);
        assertThat(read.get("consultations")).extracting(JsonNode::asText).containsExactly(roundTable);
        assertThat(read.get("findings")).extracting(finding -> finding.get("kind").asText())
                .containsExactly("BARRIER", "SERVICE_GAP");
        assertThat(read.get("findings").get(1).get("domainCode").asText()).isEqualTo("HOUSING");
        assertThat(read.get("findings").get(0).get("action").get("whatChanged").asText())
                .isEqualTo("Intercultural workers accompany clients");
        assertThat(read.get("findings").get(1).get("action").isNull()).isTrue();

        JsonNode first = api.getJson(BASE + "?limit=200", manager);
        assertThat(first.get("items")).anySatisfy(item -> {
            assertThat(item.get("title").asText()).isEqualTo(title);
            assertThat(item.get("findings").asInt()).isEqualTo(2);
            assertThat(item.get("findingsWithAction").asInt()).isEqualTo(1);
        });
    }

    @Test
    void invalidAssessmentsAreRefusedFieldByFieldAndNothingIsStored() {
        String title = "Refused " + UUID.randomUUID();
        String body = """
                {"title":"%s","periodFrom":"2026-05-01","periodTo":"2026-04-01","methods":["SURVEY"],
                 "groups":[{"group":"NGOS","count":3},{"group":"NGOS","count":4}],
                 "consultations":["%s"],
                 "findings":[{"kind":"NEED","domain":"%s","priority":"HIGH","text":"x",
                              "action":{"whatChanged":"y","changedOn":"%s"}}]}""".formatted(title,
                UUID.randomUUID(), UUID.randomUUID(), LocalDate.now().plusDays(3));
        JsonNode problem = api.post(BASE, manager, body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(problem)).containsExactlyInAnyOrder("periodTo", "groups", "consultations", "findings");

        JsonNode format = api.post(BASE, manager, """
                {"title":" ","periodFrom":"2026-05-01","periodTo":"2026-05-02","methods":[]}""")
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(format)).containsExactlyInAnyOrder("title", "methods");
        assertThat(api.allPages(BASE, manager)).noneMatch(item -> item.get("title").asText().equals(title));
    }

    @Test
    void interculturalWorkersReadButDoNotRecordAndACorrectionNeedsTheCurrentVersion() {
        String volunteer = api.token("city-volunteer");
        String body = pilot("Listening session " + UUID.randomUUID(), null, LocalDate.now().minusDays(3));
        api.post(BASE, volunteer, body).expectStatus().isForbidden();
        api.post(BASE, api.token("city-admin"), body).expectStatus().isForbidden();
        JsonNode recorded = api.created(BASE, api.token("city-caseworker"), body);
        String path = BASE + "/" + recorded.get("id").asText();
        assertThat(api.getJson(path, volunteer).get("title").asText()).isEqualTo(recorded.get("title").asText());

        String corrected = body.replace("Listening session", "Listening evening");
        api.put(path, manager, null, corrected).expectStatus().isEqualTo(428);
        api.put(path, manager, "\"0\"", corrected).expectStatus().isOk();
        api.put(path, manager, "\"0\"", corrected).expectStatus().isEqualTo(412);
        assertThat(api.getJson(path, manager).get("title").asText()).startsWith("Listening evening");
    }

    private String pilot(String title, String consultation, LocalDate to) {
        return """
                {"title":"%s","summary":"Desk research, focus groups with migrants, two round tables",
                 "periodFrom":"%s","periodTo":"%s",
                 "methods":["DESK_RESEARCH","FOCUS_GROUP","STAKEHOLDER_ROUND_TABLE"],
                 "participants":[{"gender":"FEMALE","ageBand":"AGE_25_34","count":20},
                                 {"gender":"MALE","ageBand":"AGE_35_49","count":20},
                                 {"gender":"MALE","ageBand":"AGE_50_64","count":0}],
                 "groups":[{"group":"MIGRANTS","count":12},{"group":"PUBLIC_AUTHORITIES","count":14},
                           {"group":"NGOS","count":18},{"group":"MIGRANT_ASSOCIATIONS","count":8}],
                 "languages":["cs","uk","vi"],
                 "consultations":[%s],
                 "findings":[{"kind":"BARRIER","priority":"HIGH","text":"Communication with institutions",
                              "action":{"whatChanged":"Intercultural workers accompany clients","changedOn":"%s"}},
                             {"kind":"SERVICE_GAP","domain":"%s","priority":"MEDIUM","text":"No housing advice"}]}"""
                .formatted(title, to.minusMonths(3), to, consultation == null ? "" : "\"" + consultation + "\"",
                        to, housing);
    }

    private static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields.stream().distinct().toList();
    }
}
