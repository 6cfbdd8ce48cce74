package org.inclusio.identity;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write on a single resource in the OpenAPI document ({@code PUT}, {@code POST} on a sub-resource,
 * {@code DELETE}), asked by organisation B's administrator for an id of organisation A, answers 404 and changes
 * nothing in the database (Demo City's members, clients, case work and feedback). New endpoints are covered as
 * soon as they are documented.
 */
@IntegrationTest
class CrossTenantWriteIntegrationTests {

    /** A valid body per write, so that a refusal is the tenant wall and not validation. */
    /** Query parameters a write needs besides its body. */
    private static final Map<String, String> QUERIES = Map.of("/api/v1/evaluations/{id}/attachments",
            "?question=IP1&fileName=tool.txt");

    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("/api/v1/members/{id}/roles", "{\"roles\":[\"ORG_ADMIN\"]}"),
            Map.entry("/api/v1/members/{id}/status", "{\"status\":\"DEACTIVATED\"}"),
            Map.entry("/api/v1/beneficiaries/{id}", """
                    {"displayName":"Moved","gender":"NOT_STATED","nationalities":[],"languages":[],
                     "vulnerabilities":[]}"""),
            Map.entry("/api/v1/beneficiaries/{id}/closure", "{\"reason\":\"OTHER\"}"),
            Map.entry("/api/v1/beneficiaries/{id}/consents", "{\"purpose\":\"CASE_WORK\",\"given\":false}"),
            Map.entry("/api/v1/consultations/{id}", """
                    {"type":"GROUP_SESSION","purpose":"SERVICE_DELIVERY","heldOn":"2026-01-05","durationMinutes":60,
                     "channel":"IN_PERSON","language":"cs",
                     "headcounts":[{"gender":"MALE","ageBand":"AGE_18_24","count":1}]}"""),
            Map.entry("/api/v1/partners/{id}", "{\"name\":\"Taken over\",\"kind\":\"OTHER\"}"),
            Map.entry("/api/v1/practices/{id}/evaluation-schedule", """
                    {"framework":"%s","cadence":"YEARLY","firstPeriodFrom":"2026-01-01"}""".formatted(UUID.randomUUID())),
            Map.entry("/api/v1/referrals/{id}/status", "{\"status\":\"DECLINED\"}"),
            Map.entry("/api/v1/feedback-channels/{id}", """
                    {"name":"Taken over","languages":["en"],"opensOn":"2026-01-01","questions":[]}"""),
            Map.entry("/api/v1/feedback/{id}/triage", "{\"status\":\"CLOSED\"}"),
            Map.entry("/api/v1/feedback/{id}/notes", "{\"text\":\"Written by another organisation\"}"),
            Map.entry("/api/v1/feedback/{id}/referral", "{\"organisationName\":\"Elsewhere\"}"),
            Map.entry("/api/v1/feedback-codes/{id}", """
                    {"key":"taken.over","category":"Taken","label":"Over"}"""),
            Map.entry("/api/v1/you-said-we-did/{id}", """
                    {"youSaid":{"en":"x"},"weDid":{"en":"y"},"publishedOn":"2026-01-01","basedOn":[]}"""),
            Map.entry("/api/v1/needs-assessments/{id}", """
                    {"caseFile":"%s","assessedOn":"2026-01-05","method":"INTERVIEW","language":"cs"}"""
                    .formatted(UUID.randomUUID())),
            Map.entry("/api/v1/participatory-assessments/{id}", """
                    {"title":"Taken over","periodFrom":"2026-01-01","periodTo":"2026-01-31","methods":["SURVEY"]}"""),
            Map.entry("/api/v1/practices/{id}", """
                    {"name":"Taken over","startsOn":"2026-01-01","status":"RUNNING"}"""),
            Map.entry("/api/v1/evaluations/{id}", "{\"ratings\":[],\"answers\":[]}"),
            Map.entry("/api/v1/evaluations/{id}/status", "{\"status\":\"IN_REVIEW\"}"),
            Map.entry("/api/v1/evaluations/{id}/actions", """
                    {"description":"Taken over","owner":"%s","dueOn":"2026-12-31"}""".formatted(UUID.randomUUID())),
            Map.entry("/api/v1/improvement-actions/{id}", """
                    {"description":"Taken over","owner":"%s","dueOn":"2026-12-31"}""".formatted(UUID.randomUUID())));

    /** Practices, evaluations and their actions are written by managers: B's manager tries them. */
    private static final List<String> MANAGER_WRITES = List.of("/api/v1/practices/", "/api/v1/evaluations/",
            "/api/v1/improvement-actions/");

    /**
     * Case work is tried by organisation B's caseworker: administrators may not write case files (nor read the
     * collections of consultations, follow-ups and referrals), so their refusal would be a 403 and prove nothing.
     * Data-subject requests stay with B's administrator.
     */
    private static final Set<String> ADMINISTRATOR_WRITES = Set.of("/api/v1/beneficiaries/{id}/erasure");

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @Test
    void writesOnAnotherOrganisationsRecordsAreNotFoundAndChangeNothing() {
        var tokens = new ApiTokens(port);
        String ownerA = tokens.user("city-admin");
        String ownerB = tokens.user("aid-admin");
        String caseworkerA = tokens.user("city-caseworker");
        String caseworkerB = tokens.user("aid-caseworker");
        String managerA = tokens.user("city-manager");
        String managerB = tokens.user("aid-manager");
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        JsonNode paths = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("paths");
        String before = snapshot(superuser);

        List<String> checked = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (!path.matches("/api/v1/[a-z-]+/\\{id}(/[a-z-]+)?")) {
                continue;
            }
            for (String method : List.of("put", "post", "delete", "patch")) {
                if (!paths.get(path).has(method)) {
                    continue;
                }
                String collection = path.substring(0, path.indexOf("/{id}"));
                boolean managed = MANAGER_WRITES.stream().anyMatch(path::startsWith);
                boolean administratorsRead = client.get().uri(collection)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + ownerA).exchange().returnResult().getStatus()
                        .value() != 403;
                boolean caseWork = !administratorsRead || collection.equals("/api/v1/beneficiaries");
                JsonNode page = client.get().uri(collection)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + (managed ? managerA
                                : administratorsRead ? ownerA : caseworkerA))
                        .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
                JsonNode items = page.isArray() ? page : page.get("items");
                assertThat(items).as("organisation A has something at %s to test with", collection).isNotEmpty();
                String writerB = managed ? managerB
                        : caseWork && !ADMINISTRATOR_WRITES.contains(path) ? caseworkerB : ownerB;
                for (JsonNode item : items) {
                    client.method(HttpMethod.valueOf(method.toUpperCase()))
                            .uri(path + QUERIES.getOrDefault(path, ""), item.get("id").asText())
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + writerB)
                            .header(HttpHeaders.IF_MATCH, "\"" + item.path("version").asLong() + "\"")
                            .contentType(MediaType.APPLICATION_JSON).body(BODIES.getOrDefault(path, "{}"))
                            .exchange().expectStatus().isNotFound()
                            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
                }
                checked.add(method.toUpperCase() + " " + path);
            }
        }
        assertThat(checked).contains("PUT /api/v1/members/{id}/roles", "PUT /api/v1/members/{id}/status",
                "POST /api/v1/api-clients/{id}/revocation", "PUT /api/v1/beneficiaries/{id}",
                "POST /api/v1/beneficiaries/{id}/closure", "PUT /api/v1/beneficiaries/{id}/consents",
                "POST /api/v1/beneficiaries/{id}/erasure", "PUT /api/v1/consultations/{id}",
                "POST /api/v1/follow-ups/{id}/completion", "PUT /api/v1/referrals/{id}/status",
                "PUT /api/v1/partners/{id}", "DELETE /api/v1/partners/{id}", "PUT /api/v1/feedback-channels/{id}",
                "PUT /api/v1/feedback/{id}/triage", "POST /api/v1/feedback/{id}/notes",
                "POST /api/v1/feedback/{id}/referral", "PUT /api/v1/feedback-codes/{id}",
                "POST /api/v1/feedback-codes/{id}/retirement", "PUT /api/v1/you-said-we-did/{id}",
                "PUT /api/v1/needs-assessments/{id}", "PUT /api/v1/participatory-assessments/{id}",
                "PUT /api/v1/practices/{id}", "PUT /api/v1/evaluations/{id}",
                "POST /api/v1/evaluations/{id}/status", "POST /api/v1/evaluations/{id}/corrections",
                "POST /api/v1/evaluations/{id}/actions", "PUT /api/v1/improvement-actions/{id}",
                "PUT /api/v1/evaluations/{id}/participation", "PUT /api/v1/practices/{id}/evaluation-schedule",
                "DELETE /api/v1/practices/{id}/evaluation-schedule", "POST /api/v1/evaluations/{id}/attachments");
        assertThat(snapshot(superuser)).as("Demo City's memberships, clients and case work").isEqualTo(before);

        // no DELETE is documented yet (the loop above holds any future one to 404): a DELETE of A's ids is refused
        // and deletes nothing
        for (String collection : List.of("/api/v1/members", "/api/v1/api-clients")) {
            String id = client.get().uri(collection).header(HttpHeaders.AUTHORIZATION, "Bearer " + ownerA).exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                    .get(0).get("id").asText();
            var status = client.delete().uri(collection + "/{id}", id)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + ownerB).exchange().returnResult().getStatus();
            assertThat(status.is4xxClientError()).as("DELETE %s/{id} answered %s", collection, status).isTrue();
        }
        assertThat(snapshot(superuser)).isEqualTo(before);
    }

    /** Everything about Demo City's members, clients and case work that a write could change. */
    private static String snapshot(JdbcTemplate superuser) {
        return superuser.queryForObject("""
                SELECT (SELECT string_agg(m.id || ':' || m.roles::text || ':' || m.status || ':' || m.version, ','
                                          ORDER BY m.id)
                        FROM membership m JOIN organisation o ON o.id = m.tenant_id WHERE o.slug = 'demo-city')
                    || '|' ||
                       (SELECT string_agg(c.id || ':' || coalesce(c.revoked_at::text, '-') || ':' || c.version, ','
                                          ORDER BY c.id)
                        FROM api_client c JOIN organisation o ON o.id = c.tenant_id WHERE o.slug = 'demo-city')
                    || '|' ||
                       (SELECT string_agg(f.id || ':' || f.version, ',' ORDER BY f.id)
                        FROM case_file f JOIN organisation o ON o.id = f.tenant_id WHERE o.slug = 'demo-city')
                    || '|' || (SELECT string_agg(t.table_name || ':' || t.rows, ',' ORDER BY t.table_name) FROM (
                        SELECT 'consultation' AS table_name, string_agg(x.id || ':' || x.version, ',' ORDER BY x.id) AS rows
                        FROM consultation x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'follow_up', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM follow_up x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'partner', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM partner x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'referral', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM referral x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'feedback_channel', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM feedback_channel x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'feedback', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM feedback x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'feedback_note', count(*)::text
                        FROM feedback_note x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'feedback_code', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM feedback_code x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'you_said_we_did', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM you_said_we_did x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'practice', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM practice x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'practice_indicator', count(*)::text
                        FROM practice_indicator x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'evaluation', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM evaluation x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'improvement_action', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM improvement_action x JOIN organisation o ON o.id = x.tenant_id
                        WHERE o.slug = 'demo-city') t)""",
                String.class);
    }
}
