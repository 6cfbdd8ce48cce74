package org.inclusio;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void healthIsUpWithoutLogin() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist();
    }

    @Test
    void readinessIncludesTheDatabase() {
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void onlyHealthIsExposedFromActuator() {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops"}) {
            client.get().uri(endpoint).exchange()
                    .expectStatus().value(status -> assertThat(status).isIn(401, 403, 404))
                    .expectBody(String.class).value(body -> assertThat(body == null ? "" : body)
                            .doesNotContain("propertySources", "spring.datasource", "contexts"));
        }
    }

    @Test
    void theStaffUiAsksForSignInWithSecurityHeaders() {
        client.get().uri("/members").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin")
                .expectHeader().value("Set-Cookie", cookie -> assertThat(cookie)
                        .contains("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void servesTheOpenApiDocument() {
        JsonNode document = client.get().uri("/v3/api-docs").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(document).isNotNull();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.get("info").get("title").asText()).isEqualTo("Inclusio API");
    }

    @Test
    void applicationConnectsAsTheRoleThatOwnsNothing() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("inclusio_app");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                WHERE r.rolname = current_user""", Long.class)).isZero();
        assertThat(jdbc.queryForObject(
                "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
    }

    @Test
    void liquibaseMigratedAsTheOwner() {
        assertThat(jdbc.queryForObject("""
                SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                WHERE c.relname = 'databasechangelog'""", String.class)).isEqualTo("inclusio_owner");
        assertThat(jdbc.queryForObject("SELECT has_table_privilege('databasechangelog', 'SELECT')", Boolean.class))
                .as("the application role cannot even read the migration history").isFalse();
    }
}
