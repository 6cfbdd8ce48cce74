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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write on a single resource in the OpenAPI document ({@code PUT}, {@code POST} on a sub-resource,
 * {@code DELETE}), asked by organisation B's administrator for an id of organisation A, answers 404 and changes
 * nothing in the database. New endpoints are covered as soon as they are documented.
 */
@IntegrationTest
class CrossTenantWriteIntegrationTests {

    /** A valid body per write, so that a refusal is the tenant wall and not validation. */
    private static final Map<String, String> BODIES = Map.of(
            "/api/v1/members/{id}/roles", "{\"roles\":[\"ORG_ADMIN\"]}",
            "/api/v1/members/{id}/status", "{\"status\":\"DEACTIVATED\"}",
            "/api/v1/consultations/{id}", """
                    {"type":"GROUP_SESSION","purpose":"SERVICE_DELIVERY","heldOn":"2026-01-05","durationMinutes":60,
                     "channel":"IN_PERSON","language":"cs","headcounts":[{"gender":"MALE","ageBand":"AGE_18_24","count":1}]}""",
            "/api/v1/partners/{id}", "{\"name\":\"Taken over\",\"kind\":\"OTHER\"}",
            "/api/v1/referrals/{id}/status", "{\"status\":\"DECLINED\"}");

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
                // case work that administrators may not touch is tried by organisation B's caseworker
                boolean caseWork = client.get().uri(collection).header(HttpHeaders.AUTHORIZATION, "Bearer " + ownerA)
                        .exchange().returnResult().getStatus().value() == 403;
                JsonNode page = client.get().uri(collection)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + (caseWork ? caseworkerA : ownerA))
                        .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
                JsonNode items = page.isArray() ? page : page.get("items");
                assertThat(items).as("organisation A has something at %s to test with", collection).isNotEmpty();
                for (JsonNode item : items) {
                    client.method(HttpMethod.valueOf(method.toUpperCase())).uri(path, item.get("id").asText())
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + (caseWork ? caseworkerB : ownerB))
                            .header(HttpHeaders.IF_MATCH, "\"" + item.path("version").asLong() + "\"")
                            .contentType(MediaType.APPLICATION_JSON).body(BODIES.getOrDefault(path, "{}"))
                            .exchange().expectStatus().isNotFound()
                            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
                }
                checked.add(method.toUpperCase() + " " + path);
            }
        }
        assertThat(checked).contains("PUT /api/v1/members/{id}/roles", "PUT /api/v1/members/{id}/status",
                "POST /api/v1/api-clients/{id}/revocation", "PUT /api/v1/consultations/{id}",
                "POST /api/v1/follow-ups/{id}/completion", "PUT /api/v1/referrals/{id}/status",
                "PUT /api/v1/partners/{id}", "DELETE /api/v1/partners/{id}");
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
                    || '|' || (SELECT string_agg(t.table_name || ':' || t.rows, ',' ORDER BY t.table_name) FROM (
                        SELECT 'consultation' AS table_name, string_agg(x.id || ':' || x.version, ',' ORDER BY x.id) AS rows
                        FROM consultation x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'follow_up', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM follow_up x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'partner', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM partner x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city'
                        UNION ALL SELECT 'referral', string_agg(x.id || ':' || x.version, ',' ORDER BY x.id)
                        FROM referral x JOIN organisation o ON o.id = x.tenant_id WHERE o.slug = 'demo-city') t)""",
                String.class);
    }
}
