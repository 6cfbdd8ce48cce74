package org.inclusio.assessment;

import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.inclusio.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Individual needs assessments through the REST API as the README shows it: recorded, read, listed by person and
 * corrected with the version; compared with the previous one; refused field by field; sealed where sensitive and
 * withheld from roles that may not see it.
 */
@IntegrationTest
class NeedsAssessmentApiIntegrationTests {

    private static final String BASE = "/api/v1/needs-assessments";

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    RestApi api;
    String caseworker;
    Map<String, String> domains;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
        caseworker = api.token("city-caseworker");
        domains = new HashMap<>();
        api.getJson("/api/v1/need-domains", caseworker)
                .forEach(domain -> domains.put(domain.get("code").asText(), domain.get("id").asText()));
    }

    @Test
    void everyOrganisationHasTheSeededDomainsWithSafetyAndTheSensitiveOnesMarked() {
        JsonNode list = api.getJson("/api/v1/need-domains", caseworker);
        List<String> codes = new ArrayList<>();
        List<String> sensitive = new ArrayList<>();
        list.forEach(domain -> {
            codes.add(domain.get("code").asText());
            if (domain.get("sensitive").asBoolean()) {
                sensitive.add(domain.get("code").asText());
            }
        });
        assertThat(codes).hasSize(14).startsWith("RESIDENCE_AND_DOCUMENTS").contains("SAFETY").endsWith("OTHER");
        assertThat(sensitive).containsExactly("HEALTH", "MENTAL_HEALTH", "SAFETY");
    }

    @Test
    void anAssessmentIsRecordedReadListedAndCorrectedWithItsVersion() {
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        LocalDate on = LocalDate.now().minusDays(3);
        JsonNode recorded = api.created(BASE, caseworker, assessment(caseFile, on, need("EMPLOYMENT", "HIGH",
                "UNADDRESSED", "Looking for work as a welder"), need("HOUSING", "LOW", "MET", null)));
        String path = BASE + "/" + recorded.get("id").asText();

        JsonNode read = api.getJson(path, caseworker);
        assertThat(read.get("caseFile").asText()).isEqualTo(caseFile);
        assertThat(read.get("reassessmentDue").asText()).as("six months by default").isEqualTo(
                on.plusMonths(6).toString());
        assertThat(read.get("needs")).extracting(need -> need.get("code").asText())
                .containsExactly("EMPLOYMENT", "HOUSING");
        assertThat(read.get("needs").get(0).get("description").asText()).isEqualTo("Looking for work as a welder");
        assertThat(read.get("barriers")).extracting(JsonNode::asText).containsExactlyInAnyOrder("LANGUAGE", "OTHER");
        assertThat(read.get("otherBarrier").asText()).isEqualTo("Works night shifts");
        assertThat(read.get("capacities").get("languages")).extracting(JsonNode::asText).containsExactly("ar", "en");
        assertThat(read.get("goals").get(0).get("domainCode").asText()).isEqualTo("EMPLOYMENT");
        assertThat(read.get("previous").isNull()).isTrue();
        assertThat(api.getJson(BASE + "?beneficiaryId=" + caseFile, caseworker).get("items"))
                .extracting(item -> item.get("id").asText()).containsExactly(recorded.get("id").asText());

        String changed = assessment(caseFile, on, need("EMPLOYMENT", "MEDIUM", "BEING_ADDRESSED", null));
        api.put(path, caseworker, null, changed).expectStatus().isEqualTo(428);
        api.put(path, caseworker, "\"0\"", changed).expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG,
                "\"1\"");
        api.put(path, caseworker, "\"0\"", changed).expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.getJson(path, caseworker).get("needs")).extracting(need -> need.get("level").asText())
                .containsExactly("MEDIUM");
    }

    @Test
    void aReassessmentIsComparedDomainByDomainWithThePreviousOne() {
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        JsonNode first = api.created(BASE, caseworker, assessment(caseFile, LocalDate.now().minusDays(90),
                need("EMPLOYMENT", "HIGH", "UNADDRESSED", null), need("HOUSING", "MEDIUM", "BEING_ADDRESSED", null),
                need("EDUCATION", "LOW", "UNADDRESSED", null), need("LANGUAGE_LEARNING", "MEDIUM", "UNADDRESSED",
                        null)));
        JsonNode second = api.created(BASE, caseworker, assessment(caseFile, LocalDate.now().minusDays(1),
                need("EMPLOYMENT", "MEDIUM", "BEING_ADDRESSED", null), need("HOUSING", "HIGH", "UNADDRESSED", null),
                need("LANGUAGE_LEARNING", "MEDIUM", "BEING_ADDRESSED", null), need("SOCIAL_BENEFITS", "LOW",
                        "UNADDRESSED", null)));

        assertThat(second.get("previous").asText()).isEqualTo(first.get("id").asText());
        JsonNode comparison = api.getJson(BASE + "/" + second.get("id").asText() + "/comparison", caseworker);
        assertThat(comparison.get("previous").asText()).isEqualTo(first.get("id").asText());
        Map<String, String> changes = new HashMap<>();
        comparison.get("domains").forEach(row -> changes.put(row.get("code").asText(), row.get("change").asText()));
        assertThat(changes).containsExactlyInAnyOrderEntriesOf(Map.of("EMPLOYMENT", "IMPROVED", "HOUSING", "WORSE",
                "EDUCATION", "NOT_REASSESSED", "LANGUAGE_LEARNING", "IMPROVED", "SOCIAL_BENEFITS", "NEW"));
        assertThat(api.getJson(BASE + "/" + first.get("id").asText() + "/comparison", caseworker).get("domains"))
                .allMatch(row -> row.get("change").asText().equals("NEW"));
        assertThat(api.getJson(BASE + "?beneficiaryId=" + caseFile, caseworker).get("items"))
                .extracting(item -> item.get("reassessment").asBoolean()).containsExactly(true, false);
    }

    @Test
    void invalidAssessmentsAreRefusedFieldByFieldAsProblemJson() {
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        String body = """
                {"caseFile":"%s","assessedOn":"%s","method":"INTERVIEW","language":"en","reassessmentDue":"%s",
                 "needs":[%s,%s],"barriers":["LANGUAGE"],"otherBarrier":"Something else"}""".formatted(caseFile,
                LocalDate.now().plusDays(1), LocalDate.now().minusDays(10), need("HOUSING", "LOW", "MET", null),
                need("HOUSING", "HIGH", "UNADDRESSED", null));
        JsonNode problem = api.post(BASE, caseworker, body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(problem)).containsExactlyInAnyOrder("assessedOn", "reassessmentDue", "needs",
                "otherBarrier");

        JsonNode unknown = api.post(BASE, caseworker, assessment(UUID.randomUUID().toString(), LocalDate.now(),
                        "{\"domain\":\"%s\",\"level\":\"LOW\",\"status\":\"MET\"}".formatted(UUID.randomUUID())))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(unknown)).containsExactlyInAnyOrder("caseFile", "needs");
        assertThat(unknown.toString()).doesNotContain("Looking for work");

        JsonNode format = api.post(BASE, caseworker, """
                {"caseFile":"%s","assessedOn":"2026-01-01","method":"INTERVIEW","language":"English",
                 "needs":[{"level":"LOW","status":"MET"}]}""".formatted(caseFile))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(format)).containsExactlyInAnyOrder("language", "needs[0].domain");
        assertThat(api.getJson(BASE + "?beneficiaryId=" + caseFile, caseworker).get("items")).isEmpty();
    }

    @Test
    void aClosedCaseFileIsNotAssessed() {
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        client.post().uri("/api/v1/beneficiaries/" + caseFile + "/closure")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\":\"MOVED_AWAY\"}").exchange().expectStatus().isOk();
        JsonNode problem = api.post(BASE, caseworker, assessment(caseFile, LocalDate.now(), need("HOUSING", "LOW",
                "MET", null))).expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(fields(problem)).containsExactly("caseFile");
    }

    @Test
    void sensitiveDescriptionsAreSealedAndWithheldFromAnInterculturalWorkerWhoKeepsThemWhenCorrecting() {
        String volunteer = api.token("city-volunteer");
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        String canary = "canary-health-" + System.nanoTime();
        JsonNode recorded = api.created(BASE, caseworker, assessment(caseFile, LocalDate.now(),
                need("HEALTH", "HIGH", "UNADDRESSED", canary), need("EMPLOYMENT", "MEDIUM", "UNADDRESSED",
                        "Needs a work permit")));
        String id = recorded.get("id").asText();
        String path = BASE + "/" + id;

        assertThat(api.getJson(path, caseworker).get("needs").get(1).get("description").asText()).isEqualTo(canary);
        JdbcTemplate jdbc = OwnerDatabase.superuser(environment);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM needs_assessment_need WHERE assessment_id = ?::uuid"
                + " AND description IS NULL", Long.class, id)).as("the health row holds no text").isEqualTo(1);
        byte[] sealed = jdbc.queryForObject("SELECT sealed_data FROM needs_assessment WHERE id = ?::uuid",
                byte[].class, id);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(canary);

        JsonNode seenByVolunteer = api.getJson(path, volunteer);
        assertThat(seenByVolunteer.get("sensitiveWithheld").asBoolean()).isTrue();
        assertThat(seenByVolunteer.get("needs")).extracting(need -> need.get("code").asText())
                .containsExactly("EMPLOYMENT");
        assertThat(seenByVolunteer.toString()).doesNotContain(canary);
        assertThat(api.getJson(path + "/comparison", volunteer).toString()).doesNotContain("HEALTH");

        JsonNode refused = api.post(BASE, volunteer, assessment(caseFile, LocalDate.now(), need("SAFETY", "URGENT",
                "UNADDRESSED", null))).expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(fields(refused)).containsExactly("needs");

        api.put(path, volunteer, "\"0\"", assessment(caseFile, LocalDate.now(), need("EMPLOYMENT", "LOW",
                "BEING_ADDRESSED", "Permit applied for"))).expectStatus().isOk();
        JsonNode afterCorrection = api.getJson(path, caseworker);
        assertThat(afterCorrection.get("needs")).extracting(need -> need.get("code").asText() + "/"
                + need.get("level").asText()).containsExactly("EMPLOYMENT/LOW", "HEALTH/HIGH");
        assertThat(afterCorrection.get("needs").get(1).get("description").asText()).isEqualTo(canary);
    }

    @Test
    void rolesDecideWhoAssessesAndWhoReads() {
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        String body = assessment(caseFile, LocalDate.now(), need("HOUSING", "LOW", "MET", null));
        api.post(BASE, api.token("city-admin"), body).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.post(BASE, api.token("city-focal-point"), body).expectStatus().isForbidden();
        api.get(BASE, api.token("city-admin")).expectStatus().isForbidden();
        api.get(BASE, api.token("city-focal-point")).expectStatus().isOk();
        api.get("/api/v1/needs-overview", caseworker).expectStatus().isForbidden();
        JsonNode byManager = api.created(BASE, api.token("city-manager"), body);
        assertThat(byManager.get("recordedBy").asText()).isNotBlank();
    }

    @Test
    void aRetriedRecordingWithTheSameIdempotencyKeyRecordsOnce() {
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        String key = UUID.randomUUID().toString();
        String body = assessment(caseFile, LocalDate.now(), need("HOUSING", "LOW", "MET", null));
        String first = withKey(key, body).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("id").asText();
        String retry = withKey(key, body).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("id").asText();
        assertThat(retry).isEqualTo(first);
        withKey(key, assessment(caseFile, LocalDate.now(), need("HOUSING", "HIGH", "MET", null)))
                .expectStatus().isEqualTo(422);
        assertThat(api.getJson(BASE + "?beneficiaryId=" + caseFile, caseworker).get("items")).hasSize(1);
    }

    @Test
    void anOverdueReassessmentIsListedUntilThePersonIsReassessed() {
        String caseFile = api.caseFile(caseworker, "CASE_WORK");
        LocalDate on = LocalDate.now().minusDays(100);
        api.created(BASE, caseworker, assessment(caseFile, on, need("HOUSING", "HIGH", "UNADDRESSED", null))
                .replace("\"method\"", "\"reassessmentDue\":\"" + LocalDate.now().minusDays(3) + "\",\"method\""));

        JsonNode due = overdue(caseFile);
        assertThat(due).isNotNull();
        assertThat(due.get("daysOverdue").asLong()).isEqualTo(3);
        assertThat(due.get("caseNumber").asText()).isNotBlank();

        api.created(BASE, caseworker, assessment(caseFile, LocalDate.now(), need("HOUSING", "MEDIUM",
                "BEING_ADDRESSED", null)));
        assertThat(overdue(caseFile)).isNull();
    }

    private JsonNode overdue(String caseFile) {
        return api.allPages(BASE + "/overdue-reassessments?limit=200", caseworker).stream()
                .filter(item -> item.get("caseFile").asText().equals(caseFile)).findFirst().orElse(null);
    }

    private RestTestClient.ResponseSpec withKey(String key, String body) {
        return client.post().uri(BASE).header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private String assessment(String caseFile, LocalDate on, String... needs) {
        return """
                {"caseFile":"%s","assessedOn":"%s","method":"INTERVIEW","language":"ar","needs":[%s],
                 "barriers":["LANGUAGE","OTHER"],"otherBarrier":"Works night shifts",
                 "capacities":{"educationLevel":"VOCATIONAL","languages":["ar","en"],"workExperience":"Welder"},
                 "goals":[{"goal":"Find a job as a welder","domain":"%s","targetDate":"%s","status":"AGREED"}]}"""
                .formatted(caseFile, on, String.join(",", needs), domains.get("EMPLOYMENT"), on.plusMonths(2));
    }

    private String need(String code, String level, String status, String description) {
        return "{\"domain\":\"%s\",\"level\":\"%s\",\"status\":\"%s\"%s}".formatted(domains.get(code), level, status,
                description == null ? "" : ",\"description\":\"" + description + "\"");
    }

    private static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields.stream().distinct().toList();
    }
}
