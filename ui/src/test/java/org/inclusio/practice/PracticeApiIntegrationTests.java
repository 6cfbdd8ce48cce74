package org.inclusio.practice;

import org.inclusio.IntegrationTest;
import org.inclusio.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practices and their results framework through the REST API: the pilot of seed 003 set up as it is written, its
 * computed indicators counting exactly the records of the practice and period built here, hand measurements as
 * running totals; bad input refused field by field; who may do what; the practice references of other records
 * checked; and nothing of one organisation reachable from another.
 */
@IntegrationTest
class PracticeApiIntegrationTests {

    private static final String BASE = "/api/v1/practices";
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    RestApi api;
    String manager;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
        manager = api.token("city-manager");
    }

    @Test
    void computedIndicatorsCountThePracticesRecordsOfThePeriodAndMeasuredOnesShowTheLatestMeasurement() {
        JsonNode practice = api.created(BASE, manager, practice("Pilot " + UUID.randomUUID(), TODAY.minusMonths(2)));
        String id = practice.get("id").asText();
        String indicators = BASE + "/" + id + "/indicators";
        List<String> objectives = new ArrayList<>();
        practice.get("objectives").forEach(objective -> objectives.add(objective.get("id").asText()));
        assertThat(practice.get("objectives")).extracting(objective -> objective.get("text").asText())
                .containsExactly("Promote the services of intercultural workers",
                        "Increase the intercultural competences of local stakeholders");
        assertThat(practice.get("funding").get(0).get("type").asText()).isEqualTo("EU");

        LocalDate from = TODAY.minusDays(30);
        Map<String, String> metrics = new HashMap<>();
        for (String metric : List.of("BENEFICIARIES_SERVED", "CONSULTATIONS_HELD", "PARTICIPATORY_CONSULTATIONS",
                "PEOPLE_TRAINED", "REFERRALS_MADE", "FEEDBACK_RECEIVED", "FEEDBACK_ANSWERED", "ASSESSMENTS_DONE")) {
            metrics.put(metric, api.created(indicators, manager, indicator(objectives.get(0), metric, metric, 46,
                    from)).get("id").asText());
        }

        String caseworker = api.token("city-caseworker");
        String first = api.caseFile(caseworker, "CASE_WORK", "REFERRAL_TO_PARTNERS");
        String second = api.caseFile(caseworker, "CASE_WORK");
        String outside = api.caseFile(caseworker, "CASE_WORK");
        api.created("/api/v1/consultations", caseworker, individual(first, TODAY.minusDays(3), id));
        api.created("/api/v1/consultations", caseworker, individual(first, TODAY.minusDays(2), id));
        api.created("/api/v1/consultations", caseworker, individual(second, TODAY.minusDays(2), id));
        api.created("/api/v1/consultations", caseworker, individual(outside, TODAY.minusDays(40), id));
        api.created("/api/v1/consultations", caseworker, individual(outside, TODAY.minusDays(1), null));
        api.created("/api/v1/consultations", manager, """
                {"type":"INFORMATION_SESSION","purpose":"SERVICE_DELIVERY","heldOn":"%s","durationMinutes":120,
                 "channel":"IN_PERSON","language":"cs","receivingSociety":{"civilServants":7,"volunteers":2,
                 "localResidents":4},"practiceId":"%s"}""".formatted(TODAY.minusDays(5), id));
        api.created("/api/v1/consultations", manager, """
                {"type":"FOCUS_GROUP","purpose":"CO_DESIGN","heldOn":"%s","durationMinutes":90,"channel":"IN_PERSON",
                 "language":"uk","caseFiles":["%s"],"headcounts":[{"gender":"FEMALE","ageBand":"AGE_25_34","count":5}],
                 "accommodations":["COMPENSATION"],"compensationAmount":300,"practiceId":"%s"}"""
                .formatted(TODAY.minusDays(4), second, id));
        api.created("/api/v1/referrals", caseworker, """
                {"caseFile":"%s","partner":"%s","reason":"Legal advice","sentOn":"%s"}"""
                .formatted(first, api.partner(caseworker), TODAY.minusDays(2)));
        api.created("/api/v1/needs-assessments", caseworker, """
                {"caseFile":"%s","assessedOn":"%s","method":"INTERVIEW","language":"en","needs":[],"practiceId":"%s"}"""
                .formatted(second, TODAY.minusDays(2), id));
        JsonNode channel = api.created("/api/v1/feedback-channels", manager, """
                {"name":"Pilot feedback %s","practice":"%s","languages":["en"],"opensOn":"%s","questions":[]}"""
                .formatted(UUID.randomUUID(), id, TODAY.minusDays(10)));
        for (int i = 0; i < 2; i++) {
            client.post().uri("/api/v1/public/feedback/{token}", channel.get("publicToken").asText())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"language\":\"en\",\"category\":\"SUGGESTION\",\"answers\":{},\"comment\":\"More hours\"}")
                    .exchange().expectStatus().isCreated();
        }

        Map<String, Integer> actuals = new HashMap<>();
        for (JsonNode indicator : api.getJson(indicators, caseworker).get("items")) {
            actuals.put(indicator.get("metric").asText(), indicator.get("actual").asInt());
            assertThat(indicator.get("actualAsOf").asText()).isEqualTo(TODAY.toString());
        }
        assertThat(actuals).as("two case files, five consultations of the practice in the period, one of them"
                        + " participatory, 9 civil servants and volunteers at the information session, one referral,"
                        + " two submissions, none answered yet, one assessment")
                .containsEntry("BENEFICIARIES_SERVED", 2).containsEntry("CONSULTATIONS_HELD", 5)
                .containsEntry("PARTICIPATORY_CONSULTATIONS", 1).containsEntry("PEOPLE_TRAINED", 9)
                .containsEntry("REFERRALS_MADE", 1).containsEntry("FEEDBACK_RECEIVED", 2)
                .containsEntry("FEEDBACK_ANSWERED", 0).containsEntry("ASSESSMENTS_DONE", 1);
        JsonNode served = api.getJson(indicators + "/" + metrics.get("BENEFICIARIES_SERVED"), manager);
        assertThat(served.get("progress").decimalValue()).isEqualByComparingTo("0.04");

        String leaflets = api.created(indicators, manager, indicator(objectives.get(1), "Leaflets distributed", null,
                1000, from)).get("id").asText();
        api.created(indicators + "/" + leaflets + "/measurements", manager, """
                {"measuredOn":"%s","value":640}""".formatted(TODAY.minusDays(1)));
        JsonNode measured = api.created(indicators + "/" + leaflets + "/measurements", manager, """
                {"measuredOn":"%s","value":350,"note":"mid-period count"}""".formatted(TODAY.minusDays(20)));
        assertThat(measured.get("actual").asInt()).as("the latest by date, not the last entered").isEqualTo(640);
        assertThat(measured.get("actualAsOf").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(measured.get("progress").decimalValue()).isEqualByComparingTo("0.64");
        assertThat(measured.get("measurements")).extracting(row -> row.get("value").asInt()).containsExactly(640, 350);

        JsonNode refused = api.post(indicators + "/" + metrics.get("PEOPLE_TRAINED") + "/measurements", manager, """
                {"measuredOn":"%s","value":3}""".formatted(TODAY.plusDays(1))).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(refused)).containsExactlyInAnyOrder("value", "measuredOn");
        List<String> order = new ArrayList<>();
        api.getJson(indicators, manager).get("items").forEach(row -> order.add(row.get("name").asText()));
        assertThat(order).as("in the order of the objectives").endsWith("Leaflets distributed");
    }

    @Test
    void badPracticesAreRefusedFieldByFieldAndAnObjectiveWithIndicatorsStays() {
        String name = "Refused " + UUID.randomUUID();
        api.created(BASE, manager, practice(name, TODAY));
        JsonNode problem = api.post(BASE, manager, """
                {"name":"%s","startsOn":"%s","endsOn":"%s","status":"RUNNING",
                 "funding":[{"funder":"City","type":"MUNICIPAL","amount":1000}],"languages":["Czech"]}"""
                .formatted(name, TODAY, TODAY.minusDays(1))).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(problem)).containsExactlyInAnyOrder("languages[0]");
        JsonNode rules = api.post(BASE, manager, """
                {"name":"%s","startsOn":"%s","endsOn":"%s","status":"RUNNING",
                 "funding":[{"funder":"City","type":"MUNICIPAL","amount":1000}]}"""
                .formatted(name, TODAY, TODAY.minusDays(1))).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(rules)).containsExactlyInAnyOrder("name", "endsOn", "funding[0].currency");

        JsonNode practice = api.created(BASE, manager, practice("Objectives " + UUID.randomUUID(), TODAY));
        String path = BASE + "/" + practice.get("id").asText();
        String kept = practice.get("objectives").get(0).get("id").asText();
        api.created(path + "/indicators", manager, indicator(kept, "Clients", "BENEFICIARIES_SERVED", 46, TODAY));
        JsonNode removing = api.put(path, manager, "\"0\"", """
                {"name":"%s","startsOn":"%s","status":"RUNNING","objectives":[{"text":"Something else"}]}"""
                .formatted(practice.get("name").asText(), TODAY)).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(removing)).containsExactly("objectives");
        JsonNode unknown = api.post(path + "/indicators", manager, indicator(UUID.randomUUID().toString(), "X",
                null, 1, TODAY)).expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(fields(unknown)).containsExactly("objective");

        JsonNode renamed = api.put(path, manager, "\"0\"", """
                {"name":"%s","startsOn":"%s","status":"COMPLETED",
                 "objectives":[{"id":"%s","text":"Promote the services, reworded"}]}"""
                .formatted(practice.get("name").asText(), TODAY, kept)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(renamed.get("objectives")).extracting(objective -> objective.get("id").asText())
                .containsExactly(kept);
        assertThat(api.getJson(path + "/indicators", manager).get("items").get(0).get("objective").asText())
                .as("the indicator keeps its objective").isEqualTo(kept);
        assertThat(api.getJson(path, manager).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void staffReadPracticesOnlyManagersAndManagerClientsSetThemUpAndUpdatesNeedTheCurrentVersion() {
        String body = practice("Roles " + UUID.randomUUID(), TODAY);
        for (String username : List.of("city-caseworker", "city-volunteer", "city-admin", "city-focal-point")) {
            api.post(BASE, api.token(username), body).expectStatus().isForbidden();
        }
        JsonNode practice = api.created(BASE, api.integrationClient("demo-city"), body);
        String path = BASE + "/" + practice.get("id").asText();
        for (String username : List.of("city-caseworker", "city-volunteer", "city-admin")) {
            assertThat(api.getJson(path, api.token(username)).get("name").asText())
                    .isEqualTo(practice.get("name").asText());
        }
        assertThat(api.allPages(BASE + "?status=RUNNING&limit=2", manager))
                .anyMatch(item -> item.get("id").asText().equals(practice.get("id").asText()))
                .allMatch(item -> item.get("status").asText().equals("RUNNING"));
        String indicator = api.created(path + "/indicators", manager, indicator(null, "Leaflets", null, 1000,
                TODAY)).get("id").asText();
        api.post(path + "/indicators/" + indicator + "/measurements", api.token("city-caseworker"),
                "{\"measuredOn\":\"%s\",\"value\":1}".formatted(TODAY)).expectStatus().isForbidden();

        String renamed = body.replace("Roles ", "Roles renamed ");
        api.put(path, manager, null, renamed).expectStatus().isEqualTo(428);
        api.put(path, manager, "\"0\"", renamed).expectStatus().isOk();
        api.put(path, manager, "\"0\"", renamed).expectStatus().isEqualTo(412);
        client.delete().uri(path + "/indicators/" + indicator).header(HttpHeaders.AUTHORIZATION, "Bearer " + manager)
                .exchange().expectStatus().isNoContent();
        assertThat(api.getJson(path + "/indicators", manager).get("items")).isEmpty();
    }

    @Test
    void recordsReferOnlyToPracticesOfTheirOwnOrganisationAndIndicatorsStayWithTheirPractice() {
        String aidManager = api.token("aid-manager");
        String theirs = api.created(BASE, aidManager, practice("Theirs " + UUID.randomUUID(), TODAY)).get("id")
                .asText();
        String theirIndicator = api.created(BASE + "/" + theirs + "/indicators", aidManager, indicator(null, "X",
                null, 1, TODAY)).get("id").asText();
        String ours = api.created(BASE, manager, practice("Ours " + UUID.randomUUID(), TODAY)).get("id").asText();

        for (String practice : List.of(theirs, UUID.randomUUID().toString())) {
            JsonNode consultation = api.post("/api/v1/consultations", manager, RestApi.groupSession(TODAY.toString(),
                    "cs").replace("}]}", "}],\"practiceId\":\"" + practice + "\"}")).expectStatus().isBadRequest()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(fields(consultation)).containsExactly("practiceId");
            JsonNode channel = api.post("/api/v1/feedback-channels", manager, """
                    {"name":"Channel %s","practice":"%s","languages":["en"],"opensOn":"%s","questions":[]}"""
                    .formatted(UUID.randomUUID(), practice, TODAY)).expectStatus().isBadRequest()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(fields(channel)).containsExactly("practice");
        }
        api.get(BASE + "/" + theirs, manager).expectStatus().isNotFound();
        api.get(BASE + "/" + theirs + "/indicators", manager).expectStatus().isNotFound();
        api.get(BASE + "/" + theirs + "/indicators/" + theirIndicator, manager).expectStatus().isNotFound();
        api.get(BASE + "/" + ours + "/indicators/" + theirIndicator, manager).expectStatus().isNotFound();
        api.post(BASE + "/" + ours + "/indicators/" + theirIndicator + "/measurements", manager,
                "{\"measuredOn\":\"%s\",\"value\":1}".formatted(TODAY)).expectStatus().isNotFound();
        assertThat(api.getJson(BASE + "/" + theirs + "/indicators/" + theirIndicator, aidManager).get("name").asText())
                .isEqualTo("X");
    }

    private static String practice(String name, LocalDate startsOn) {
        return """
                {"name":"%s","description":"Intercultural workers in the district's public services",
                 "targetGroups":["migrant clients","clerks"],"languages":["cs","ru","vi"],"startsOn":"%s",
                 "endsOn":"%s","status":"RUNNING",
                 "partners":[{"name":"District office","type":"PUBLIC_AUTHORITY","role":"hosts office hours"}],
                 "funding":[{"funder":"European Integration Fund","type":"EU","amount":68000,"currency":"EUR"}],
                 "objectives":[{"text":"Promote the services of intercultural workers"},
                               {"text":"Increase the intercultural competences of local stakeholders"}]}"""
                .formatted(name, startsOn, startsOn.plusYears(1));
    }

    private static String indicator(String objective, String name, String metric, int target, LocalDate from) {
        return """
                {"objective":%s,"name":"%s","unit":"people","baseline":0,"target":%d,"periodFrom":"%s",
                 "periodTo":"%s","metric":%s,"source":"records"}""".formatted(
                objective == null ? "null" : "\"" + objective + "\"", name, target, from, from.plusYears(1),
                metric == null ? "null" : "\"" + metric + "\"");
    }

    private static String individual(String caseFile, LocalDate heldOn, String practice) {
        return """
                {"type":"INDIVIDUAL_COUNSELLING","purpose":"SERVICE_DELIVERY","heldOn":"%s","durationMinutes":45,
                 "channel":"IN_PERSON","language":"uk","caseFiles":["%s"],"practiceId":%s}""".formatted(heldOn,
                caseFile, practice == null ? "null" : "\"" + practice + "\"");
    }

    private static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
