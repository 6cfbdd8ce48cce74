package org.inclusio.beneficiary;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Special-category data is sealed at rest: a canary written to {@code sensitiveNotes} is in no column of any table
 * (versions included) and in no log line, comes back decrypted to a caseworker, and not at all to an intercultural
 * worker.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SpecialCategoryDataIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @Test
    void aCanaryInTheSensitiveNotesIsStoredOnlySealed(CapturedOutput output) {
        var tokens = new ApiTokens(port);
        String caseworker = tokens.user("city-caseworker");
        String canary = "canary-" + UUID.randomUUID();
        JsonNode created = client.post().uri("/api/v1/beneficiaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"details": {"displayName": "Sealed S.", "gender": "FEMALE", "nationalities": ["AF"],
                                     "languages": ["fa"], "vulnerabilities": [],
                                     "specialCategory": {"residenceStatus": "ASYLUM_SEEKER",
                                                         "sensitiveVulnerabilities": ["SURVIVOR_OF_VIOLENCE"],
                                                         "sensitiveNotes": "%s"}},
                         "consentsGiven": ["CASE_WORK"]}""".formatted(canary))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(created.get("specialCategory").get("sensitiveNotes").asString()).isEqualTo(canary);
        String id = created.get("id").asString();

        client.get().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.specialCategory.sensitiveNotes").isEqualTo(canary)
                .jsonPath("$.specialCategory.residenceStatus").isEqualTo("ASYLUM_SEEKER")
                .jsonPath("$.specialCategory.sensitiveVulnerabilities[0]").isEqualTo("SURVIVOR_OF_VIOLENCE");
        String asVolunteer = client.get().uri("/api/v1/beneficiaries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.user("city-volunteer")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(asVolunteer).contains("Sealed S.").doesNotContain("specialCategory", canary, "ASYLUM_SEEKER",
                "SURVIVOR_OF_VIOLENCE");

        String changedCanary = "canary-" + UUID.randomUUID();
        client.put().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).body("""
                        {"displayName": "Sealed S.", "gender": "FEMALE", "nationalities": ["AF"],
                         "languages": ["fa"], "vulnerabilities": [],
                         "specialCategory": {"residenceStatus": "ASYLUM_SEEKER", "sensitiveVulnerabilities": [],
                                             "sensitiveNotes": "%s"}}""".formatted(changedCanary))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.specialCategory.sensitiveNotes").isEqualTo(changedCanary);
        String retriedCanary = "canary-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
            client.post().uri("/api/v1/beneficiaries").header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                    .header("Idempotency-Key", "key-" + retriedCanary).contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"details": {"displayName": "Retried R.", "gender": "MALE", "nationalities": [],
                                         "languages": [], "vulnerabilities": [],
                                         "specialCategory": {"residenceStatus": "REFUGEE",
                                                             "sensitiveVulnerabilities": [],
                                                             "sensitiveNotes": "%s"}}}""".formatted(retriedCanary))
                    .exchange().expectStatus().isCreated()
                    .expectBody().jsonPath("$.specialCategory.sensitiveNotes").isEqualTo(retriedCanary);
        }

        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        for (String value : List.of(changedCanary, retriedCanary)) {
            assertThat(columnsContaining(superuser, value)).as("columns holding %s in clear", value).isEmpty();
            assertThat(output.getAll()).doesNotContain(value);
        }
        assertThat(superuser.queryForObject("SELECT count(*) FROM case_file_aud WHERE id = ?::uuid", Long.class, id))
                .isEqualTo(2);
        assertThat(columnsContaining(superuser, canary)).as("columns holding the canary in clear").isEmpty();
        assertThat(superuser.queryForObject("""
                SELECT count(*) FROM case_file_aud WHERE id = ?::uuid AND sealed_data IS NOT NULL
                  AND sealed_key_id IS NOT NULL""", Long.class, id)).as("the versions hold the ciphertext").isEqualTo(2);
        assertThat(superuser.queryForObject("SELECT vulnerabilities::text FROM case_file WHERE id = ?::uuid",
                String.class, id)).doesNotContain("SURVIVOR");
        assertThat(output.getAll()).doesNotContain(canary);
    }

    /**
     * Every text, character, JSON, array and binary column of every table in {@code public}, read as the superuser
     * (past row-level security): as text, and for binary columns also the canary's UTF-8 bytes anywhere inside.
     */
    static List<String> columnsContaining(JdbcTemplate superuser, String canary) {
        List<Map<String, Object>> columns = superuser.queryForList("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'jsonb', 'json', 'ARRAY')""");
        assertThat(columns).as("columns scanned").extracting(column -> column.get("table_name"))
                .contains("case_file", "case_file_aud", "audit_event");
        var found = new ArrayList<String>();
        for (var column : columns) {
            String name = "\"" + column.get("table_name") + "\".\"" + column.get("column_name") + "\"";
            String value = "\"" + column.get("column_name") + "\"";
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(?, 'UTF8') IN " + value + ") > 0 OR " + value + "::text LIKE '%' || ? || '%'"
                    : value + "::text LIKE '%' || ? || '%'";
            Object[] arguments = "bytea".equals(column.get("data_type")) ? new Object[] {canary, canary}
                    : new Object[] {canary};
            Long hits = superuser.queryForObject("SELECT count(*) FROM \"" + column.get("table_name") + "\" WHERE "
                    + condition, Long.class, arguments);
            if (hits != null && hits > 0) {
                found.add(name);
            }
        }
        return found;
    }
}
