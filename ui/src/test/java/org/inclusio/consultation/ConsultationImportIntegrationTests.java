package org.inclusio.consultation;

import org.inclusio.RestApi;
import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV import of consultations: every row or none, with a report of every problem by row and column. */
@IntegrationTest
class ConsultationImportIntegrationTests {

    private static final String HEADER = "date,start_time,duration_minutes,type,purpose,channel,language,"
            + "interpreter_present,topics,headcounts,local_residents,stakeholders,accommodations,compensation_amount,"
            + "outcome\n";

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndReportsEveryProblem() {
        String caseworker = api.token("city-caseworker");
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(11_000));
        String csv = HEADER
                + day + ",10:00,60,GROUP_SESSION,NEEDS_ASSESSMENT,IN_PERSON,uk,yes,HOUSING;EMPLOYMENT,"
                + "FEMALE/AGE_25_34=5;MALE/AGE_18_24=3,2,NGO=1,COMPENSATION,40.00,\"Agreed, with thanks\"\n"
                + day + ",,90,focus-group,co-design,video,ar,no,HEALTH,NOT_STATED/NOT_STATED=8,,,,,\n"
                + "31.12.2024,,30,GROUP_SESSION,SERVICE_DELIVERY,PHONE,cs,maybe,,FEMALE/AGE_18_24=1,,,,,\n"
                + day + ",,0,INDIVIDUAL_COUNSELLING,SERVICE_DELIVERY,PHONE,cs,no,GARDENING,,,,,25,\n";

        JsonNode report = importCsv(csv, caseworker).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("errors").toString()).isEqualTo("""
                [{"row":4,"field":"date","message":"must be a date like 2026-03-31"},\
                {"row":4,"field":"interpreter_present","message":"must be true or false"},\
                {"row":5,"field":"case_files","message":"an individual consultation needs at least one case file"},\
                {"row":5,"field":"compensation_amount","message":"only with the compensation accommodation"},\
                {"row":5,"field":"duration_minutes","message":"must be greater than or equal to 1"},\
                {"row":5,"field":"topics","message":"must be topic codes separated by ; (e.g. HOUSING;EMPLOYMENT)"}]""");
        assertThat(onDay(day, caseworker)).isEmpty();

        String valid = HEADER + csv.lines().skip(1).limit(2).map(line -> line + "\n").reduce("", String::concat);
        JsonNode imported = importCsv(valid, caseworker).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(imported.get("imported").asInt()).isEqualTo(2);
        assertThat(imported.get("errors")).isEmpty();

        List<JsonNode> rows = onDay(day, caseworker);
        assertThat(rows).hasSize(2);
        JsonNode session = api.getJson("/api/v1/consultations/" + rows.stream()
                .filter(row -> row.get("language").asText().equals("uk")).findFirst().orElseThrow()
                .get("id").asText(), caseworker);
        assertThat(session.get("outcome").asText()).isEqualTo("Agreed, with thanks");
        assertThat(session.get("participants").asInt()).isEqualTo(5 + 3 + 2 + 1);
        assertThat(session.get("topics")).hasSize(2);
        assertThat(session.get("interpreterPresent").asBoolean()).isTrue();
        assertThat(session.get("compensationAmount").decimalValue()).isEqualByComparingTo("40");
        JsonNode focusGroup = rows.stream().filter(row -> row.get("language").asText().equals("ar")).findFirst()
                .orElseThrow();
        assertThat(focusGroup.get("type").asText()).isEqualTo("FOCUS_GROUP");
        assertThat(focusGroup.get("participatory").asBoolean()).isTrue();
    }

    @Test
    void aHeaderWithUnknownOrMissingColumnsIsRefused() {
        JsonNode report = importCsv("date,type,favourite_colour\n2026-01-01,GROUP_SESSION,blue\n",
                api.token("city-caseworker")).expectStatus().isEqualTo(422)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(report.get("errors")).allSatisfy(error -> assertThat(error.get("row").asInt()).isEqualTo(1));
        assertThat(report.get("errors")).extracting(error -> error.get("field").asText())
                .contains("favourite_colour", "duration_minutes", "purpose", "channel", "language");
    }

    @Test
    void onlyThoseWhoLogConsultationsMayImportThem() {
        importCsv(HEADER, api.token("city-admin")).expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec importCsv(String csv, String token) {
        return client.post().uri("/api/v1/consultations/import").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.parseMediaType("text/csv")).body(csv).exchange();
    }

    private List<JsonNode> onDay(LocalDate day, String token) {
        return api.allPages("/api/v1/consultations?from=" + day + "&to=" + day, token);
    }
}
