package org.inclusio.audit;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audit entries cannot be changed or removed, by the application nor by the owner; long details fit. */
@IntegrationTest
class AuditImmutabilityIntegrationTests {

    private static final List<String> TABLES = List.of("audit_event", "platform_audit_event");
    private static final List<String> CHANGES = List.of("UPDATE %s SET details = 'rewritten'", "DELETE FROM %s",
            "TRUNCATE %s");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void theApplicationRoleMayNotChangeOrDeleteAuditEntries() {
        for (String table : TABLES) {
            for (String change : CHANGES) {
                assertThatThrownBy(() -> jdbc.execute(change.formatted(table))).as(change.formatted(table))
                        .rootCause().hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void theOwnerIsStoppedByTheAppendOnlyTrigger() {
        JdbcTemplate owner = OwnerDatabase.owner(environment);
        long before = owner.queryForObject("SELECT count(*) FROM platform_audit_event", Long.class);
        assertThat(before).as("entries to protect").isPositive();
        for (String table : TABLES) {
            for (String change : CHANGES) {
                assertThatThrownBy(() -> owner.execute(change.formatted(table))).as(change.formatted(table))
                        .rootCause().hasMessageContaining("append-only");
            }
        }
        assertThat(owner.queryForObject("SELECT count(*) FROM platform_audit_event", Long.class)).isEqualTo(before);
    }

    @Test
    void aLongSettingsChangeIsAuditedInFull() {
        var tokens = new ApiTokens(port);
        String admin = tokens.user("aid-admin");
        JsonNode original = client.get().uri("/api/v1/organisation").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String languages = IntStream.range(0, 39).mapToObj(i -> "\"en-Zz%06d\"".formatted(i))
                .collect(Collectors.joining(",", "[\"en\",", "]"));
        try {
            putSettings(admin, "en", languages);
            JsonNode entries = client.get().uri("/api/v1/audit-events?limit=5")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(entries).anySatisfy(entry -> {
                assertThat(entry.get("action").asText()).isEqualTo("ORGANISATION_SETTINGS_CHANGED");
                assertThat(entry.get("details").asText()).hasSizeGreaterThan(500).contains("en-Zz000038");
            });
        } finally {
            putSettings(admin, original.get("defaultLanguage").asText(), original.get("languages").toString());
        }
    }

    private void putSettings(String token, String defaultLanguage, String languages) {
        client.put().uri("/api/v1/organisation/settings").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"name":"Demo Aid","defaultLanguage":"%s","languages":%s,"smallCellThreshold":5,
                         "retentionMonths":60}""".formatted(defaultLanguage, languages))
                .exchange().expectStatus().isOk();
    }
}
