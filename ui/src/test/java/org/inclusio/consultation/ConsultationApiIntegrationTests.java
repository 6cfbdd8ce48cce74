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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging, reading, correcting and listing consultations through the API, as an integration would. */
@IntegrationTest
class RestApiIntegrationTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
    }

    /** A day of its own for each test run, so that rows of earlier runs on the same test database never mix in. */
    private static LocalDate someDayLongAgo() {
        return LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(11_000));
    }

    @Test
    void aRoundTableWithFortyStakeholdersComesBackExactlyAsLogged() {
        String caseworker = api.token("city-caseworker");
        JsonNode topics = api.getJson("/api/v1/topics", caseworker).get("items");
        String housing = topicId(topics, "HOUSING");
        String employment = topicId(topics, "EMPLOYMENT");

        JsonNode logged = api.created("/api/v1/consultations", caseworker, """
                {"type":"ROUND_TABLE","purpose":"CO_DESIGN","heldOn":"%s","startsAt":"14:00","durationMinutes":180,
                 "channel":"IN_PERSON","place":"Town hall","language":"cs","interpreterPresent":true,
                 "interculturalWorkerPresent":true,"topics":["%s","%s"],
                 "headcounts":[{"gender":"FEMALE","ageBand":"AGE_25_34","count":7},
                               {"gender":"MALE","ageBand":"AGE_35_49","count":5},
                               {"gender":"NON_BINARY_OR_OTHER","ageBand":"AGE_18_24","count":1},
                               {"gender":"NOT_STATED","ageBand":"NOT_STATED","count":2},
                               {"gender":"FEMALE","ageBand":"AGE_65_PLUS","count":0}],
                 "receivingSociety":{"localResidents":6,"civilServants":9,"volunteers":4},
                 "stakeholders":[{"type":"PUBLIC_AUTHORITY","count":12},{"type":"NGO","count":14},
                                 {"type":"MIGRANT_ASSOCIATION","count":9},{"type":"EMPLOYER","count":5}],
                 "outcome":"Agreed a shared intake form","accommodations":["CHILDCARE","COMPENSATION","INTERPRETATION"],
                 "compensationAmount":250.50}""".formatted(LocalDate.now().minusDays(3), housing, employment));

        assertThat(logged.get("id").asText()).isNotBlank();
        assertThat(logged.get("version").asLong()).isZero();
        assertThat(logged.get("participatory").asBoolean()).isTrue();
        JsonNode read = api.getJson("/api/v1/consultations/" + logged.get("id").asText(), caseworker);
        assertThat(read).isEqualTo(logged);
        assertThat(read.get("stakeholders")).hasSize(4);
        int stakeholders = 0;
        for (JsonNode stakeholder : read.get("stakeholders")) {
            stakeholders += stakeholder.get("count").asInt();
        }
        assertThat(stakeholders).isEqualTo(40);
        assertThat(read.get("headcounts").toString()).isEqualTo("""
                [{"gender":"FEMALE","ageBand":"AGE_25_34","count":7},\
                {"gender":"MALE","ageBand":"AGE_35_49","count":5},\
                {"gender":"NON_BINARY_OR_OTHER","ageBand":"AGE_18_24","count":1},\
                {"gender":"NOT_STATED","ageBand":"NOT_STATED","count":2}]""");
        assertThat(read.get("receivingSociety").toString())
                .isEqualTo("{\"localResidents\":6,\"civilServants\":9,\"volunteers\":4}");
        assertThat(read.get("participants").asInt()).isEqualTo(15 + 19 + 40);
        assertThat(read.get("topics")).extracting(JsonNode::asText).containsExactlyInAnyOrder(housing, employment);
        assertThat(read.get("compensationAmount").decimalValue()).isEqualByComparingTo("250.50");
        assertThat(read.get("confidentialNotesWithheld").asBoolean()).isFalse();
    }

    @Test
    void anIndividualConsultationLinksItsCaseFilesAndIsFoundByThem() {
        String caseworker = api.token("city-caseworker");
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        String otherOrganisations = api.caseFile(api.token("aid-caseworker"), "CASE_WORK");
        String individual = """
                {"type":"INDIVIDUAL_COUNSELLING","purpose":"SERVICE_DELIVERY","heldOn":"%s","durationMinutes":45,
                 "channel":"IN_PERSON","language":"uk","interpreterPresent":true,"caseFiles":["%s"],
                 "accommodations":["INTERPRETATION"]}""";

        JsonNode logged = api.created("/api/v1/consultations", caseworker,
                individual.formatted(LocalDate.now(), caseFile));
        assertThat(logged.get("caseFiles")).hasSize(1);
        assertThat(logged.get("caseFiles").get(0).get("id").asText()).isEqualTo(caseFile);
        assertThat(logged.get("caseFiles").get(0).get("caseNumber").asText()).isNotBlank();
        assertThat(logged.get("participatory").asBoolean()).isFalse();
        assertThat(api.getJson("/api/v1/consultations?caseFile=" + caseFile, caseworker).get("items"))
                .extracting(item -> item.get("id").asText()).containsExactly(logged.get("id").asText());

        assertThat(fields(api.post("/api/v1/consultations", caseworker,
                individual.formatted(LocalDate.now(), otherOrganisations)).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody())).containsExactly("caseFiles");
        String aidTopic = topicId(api.getJson("/api/v1/topics", api.token("aid-caseworker")).get("items"), "HEALTH");
        assertThat(fields(api.post("/api/v1/consultations", caseworker,
                RestApi.groupSession(LocalDate.now().toString(), "cs")
                        .replace("\"language\"", "\"topics\":[\"" + aidTopic + "\"],\"language\""))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody()))
                .containsExactly("topics");
    }

    @Test
    void invalidConsultationsAreRefusedFieldByFieldAsProblemJson() {
        String caseworker = api.token("city-caseworker");
        JsonNode problem = api.post("/api/v1/consultations", caseworker, """
                {"type":"INDIVIDUAL_COUNSELLING","purpose":"SERVICE_DELIVERY","heldOn":"%s","durationMinutes":30,
                 "channel":"PHONE","language":"en","compensationAmount":20,
                 "headcounts":[{"gender":"MALE","ageBand":"AGE_18_24","count":2}]}""".formatted(
                        LocalDate.now().plusDays(2)))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(problem)).containsExactlyInAnyOrder("caseFiles", "compensationAmount", "headcounts",
                "heldOn");

        JsonNode format = api.post("/api/v1/consultations", caseworker, """
                {"type":"FOCUS_GROUP","purpose":"EVALUATION","heldOn":"2026-01-10","durationMinutes":0,
                 "channel":"VIDEO","language":"English",
                 "headcounts":[{"gender":"MALE","ageBand":"AGE_18_24","count":-1}]}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(format)).containsExactlyInAnyOrder("durationMinutes", "language", "headcounts[0].count");

        JsonNode empty = api.post("/api/v1/consultations", caseworker, """
                {"type":"FOCUS_GROUP","purpose":"EVALUATION","heldOn":"2026-01-10","durationMinutes":60,
                 "channel":"VIDEO","language":"en"}""")
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(empty)).containsExactly("headcounts");
    }

    @Test
    void keysetPagingUnderAFilterWalksEveryConsultationOnceAndNewOnesDoNotShiftThePages() {
        String caseworker = api.token("city-caseworker");
        LocalDate day = someDayLongAgo();
        var logged = new HashSet<String>();
        for (int i = 0; i < 7; i++) {
            logged.add(api.created("/api/v1/consultations", caseworker,
                    RestApi.groupSession(day.minusDays(i % 3).toString(), "zu")).get("id").asText());
        }
        // same filter, another language: must never show up
        api.created("/api/v1/consultations", caseworker, RestApi.groupSession(day.toString(), "xh"));

        String filter = "/api/v1/consultations?language=zu&from=" + day.minusDays(2) + "&to=" + day.plusDays(1)
                + "&limit=3";
        JsonNode first = api.getJson(filter, caseworker);
        assertThat(first.get("items")).hasSize(3);
        // a newer consultation logged between two pages lands before the cursor and shifts nothing
        var newer = api.created("/api/v1/consultations", caseworker,
                RestApi.groupSession(day.plusDays(1).toString(), "zu")).get("id").asText();

        var seen = new ArrayList<String>();
        first.get("items").forEach(item -> seen.add(item.get("id").asText()));
        String cursor = first.get("nextCursor").asText();
        List<JsonNode> rest = api.allPages(filter, cursor, caseworker);
        rest.forEach(item -> seen.add(item.get("id").asText()));

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(logged);
        logged.add(newer);
        var everything = api.allPages(filter, caseworker).stream().map(item -> item.get("id").asText()).toList();
        assertThat(everything).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(logged);
        List<String> dates = api.allPages(filter, caseworker).stream().map(item -> item.get("heldOn").asText())
                .toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));

        api.get("/api/v1/consultations?cursor=not-a-cursor", caseworker).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        String caseworker = api.token("city-caseworker");
        LocalDate day = someDayLongAgo();
        JsonNode logged = api.created("/api/v1/consultations", caseworker, RestApi.groupSession(day.toString(), "cs"));
        String path = "/api/v1/consultations/" + logged.get("id").asText();
        String etag = api.get(path, caseworker).expectStatus().isOk().returnResult(String.class).getResponseHeaders()
                .getETag();
        assertThat(etag).isEqualTo("\"0\"");
        String changed = RestApi.groupSession(day.toString(), "uk");

        api.put(path, caseworker, null, changed).expectStatus().isEqualTo(428);
        JsonNode updated = api.put(path, caseworker, etag, changed).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(updated.get("language").asText()).isEqualTo("uk");
        api.put(path, caseworker, etag, RestApi.groupSession(day.toString(), "ar"))
                .expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.getJson(path, caseworker).get("language").asText()).isEqualTo("uk");
    }

    @Test
    void confidentialNotesAreHiddenFromAnInterculturalWorkerWhoDidNotWriteThem() {
        String caseworker = api.token("city-caseworker");
        String volunteer = api.token("city-volunteer");
        String notes = "canary-" + System.nanoTime();
        String body = RestApi.groupSession(LocalDate.now().toString(), "fa")
                .replace("\"language\"", "\"confidentialNotes\":\"" + notes + "\",\"language\"");

        JsonNode byCaseworker = api.created("/api/v1/consultations", caseworker, body);
        String path = "/api/v1/consultations/" + byCaseworker.get("id").asText();
        assertThat(api.getJson(path, caseworker).get("confidentialNotes").asText()).isEqualTo(notes);
        assertThat(api.getJson(path, api.token("city-manager")).get("confidentialNotes").asText()).isEqualTo(notes);
        JsonNode seenByVolunteer = api.getJson(path, volunteer);
        assertThat(seenByVolunteer.get("confidentialNotes").isNull()).isTrue();
        assertThat(seenByVolunteer.get("confidentialNotesWithheld").asBoolean()).isTrue();
        assertThat(seenByVolunteer.toString()).doesNotContain(notes);

        // the volunteer corrects the consultation without seeing the notes: they stay as they were
        String etag = "\"" + seenByVolunteer.get("version").asLong() + "\"";
        api.put(path, volunteer, etag, RestApi.groupSession(LocalDate.now().toString(), "ps"))
                .expectStatus().isOk();
        assertThat(api.getJson(path, caseworker).get("confidentialNotes").asText()).isEqualTo(notes);

        // what the volunteer wrote, the volunteer reads
        JsonNode byVolunteer = api.created("/api/v1/consultations", volunteer, body);
        assertThat(byVolunteer.get("confidentialNotes").asText()).isEqualTo(notes);
        assertThat(api.getJson("/api/v1/consultations/" + byVolunteer.get("id").asText(), volunteer)
                .get("confidentialNotes").asText()).isEqualTo(notes);
    }

    @Test
    void rolesDecideWhoLogsAndWhoReads() {
        String body = RestApi.groupSession(LocalDate.now().toString(), "cs");
        api.post("/api/v1/consultations", api.token("city-admin"), body).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.post("/api/v1/consultations", api.token("city-focal-point"), body).expectStatus().isForbidden();
        api.get("/api/v1/consultations", api.token("city-admin")).expectStatus().isForbidden();
        api.get("/api/v1/consultations", api.token("city-focal-point")).expectStatus().isOk();
        // a machine client with the caseworker scope may write
        JsonNode byClient = api.created("/api/v1/consultations", api.integrationClient("demo-city"), body);
        assertThat(byClient.get("recordedBy").asText()).isNotBlank();
    }

    /** A retried POST with the same Idempotency-Key logs the consultation once; the same key with another body is 422. */
    @Test
    void aRetriedLogWithTheSameIdempotencyKeyLogsOnce() {
        String caseworker = api.token("city-caseworker");
        LocalDate day = someDayLongAgo();
        String key = UUID.randomUUID().toString();
        String body = RestApi.groupSession(day.toString(), "so");

        JsonNode first = logWithKey(caseworker, key, body).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        JsonNode retry = logWithKey(caseworker, key, body).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(retry.get("id").asText()).isEqualTo(first.get("id").asText());
        logWithKey(caseworker, key, RestApi.groupSession(day.toString(), "am")).expectStatus().isEqualTo(422);
        assertThat(api.allPages("/api/v1/consultations?from=" + day + "&to=" + day, caseworker)).hasSize(1);
    }

    private RestTestClient.ResponseSpec logWithKey(String token, String key, String body) {
        return client.post().uri("/api/v1/consultations").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    @Test
    void everyOrganisationHasTheSeededTopicsInOrder() {
        JsonNode topics = api.getJson("/api/v1/topics", api.token("aid-caseworker")).get("items");
        List<String> codes = new ArrayList<>();
        topics.forEach(topic -> codes.add(topic.get("code").asText()));
        assertThat(codes).containsExactly("RESIDENCE_AND_DOCUMENTS", "EMPLOYMENT", "EDUCATION", "LANGUAGE_LEARNING",
                "HOUSING", "HEALTH", "MENTAL_HEALTH", "SOCIAL_BENEFITS", "FAMILY_AND_CHILDCARE",
                "QUALIFICATION_RECOGNITION", "CIVIC_PARTICIPATION", "DISCRIMINATION", "OTHER");
        Set<String> cityTopicIds = new HashSet<>();
        api.getJson("/api/v1/topics", api.token("city-caseworker")).get("items")
                .forEach(topic -> cityTopicIds.add(topic.get("id").asText()));
        topics.forEach(topic -> assertThat(cityTopicIds).doesNotContain(topic.get("id").asText()));
    }

    static String topicId(JsonNode topics, String code) {
        for (JsonNode topic : topics) {
            if (topic.get("code").asText().equals(code)) {
                return topic.get("id").asText();
            }
        }
        throw new AssertionError("no topic " + code);
    }

    static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
