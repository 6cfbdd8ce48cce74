package org.inclusio.identity;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tenant wall in the database and at every API endpoint (DESIGN.md §4). */
@IntegrationTest
@AutoConfigureRestTestClient
class TenantWallIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void everyTenantTableHasForcedRowLevelSecurityAndTheApplicationRoleCannotBypassIt() {
        List<String> tenantTables = tenantTables();
        assertThat(tenantTables).contains("membership", "api_client", "audit_event", "invitation");
        for (String table : tenantTables) {
            Map<String, Object> security = jdbc.queryForMap("""
                    SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                           EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                                   AND pg_get_expr(p.polqual, p.polrelid) LIKE '%tenant_id = app_current_tenant()%'
                                   AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%tenant_id = app_current_tenant()%')
                             AS tenant_policy
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relname = ?""", table);
            assertThat(security).as(table).containsEntry("enabled", true).containsEntry("forced", true)
                    .containsEntry("tenant_policy", true);
        }
        assertThat(jdbc.queryForMap("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"))
                .containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user""",
                Long.class)).isZero();
        assertThat(jdbc.queryForList("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')""", String.class))
                .as("SECURITY DEFINER functions").isEmpty();
        assertThat(jdbc.queryForList("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'v' AND n.nspname = 'public'
                  AND NOT coalesce('security_invoker=true' = ANY (c.reloptions), false)""", String.class))
                .as("views without security_invoker").isEmpty();
    }

    @Test
    void withoutATenantTheApplicationRoleSeesNoRowsInAnyTenantTable() {
        for (String table : tenantTables()) {
            Long rows = jdbc.execute((ConnectionCallback<Long>) connection -> {
                try (var result = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    result.next();
                    return result.getLong(1);
                }
            });
            assertThat(rows).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership", Long.class)).isZero();
    }

    @Test
    void withTenantASetRawSqlCannotWriteRowsOfTenantB() {
        UUID city = organisation("demo-city");
        UUID aid = organisation("demo-aid");
        UUID someone = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'platform-admin'", UUID.class);

        assertThatThrownBy(() -> inTenant(city, connection -> {
            var insert = connection.prepareStatement("INSERT INTO membership (tenant_id, id, user_id, roles, status, "
                    + "created_at) VALUES (?, ?, ?, ARRAY['ORG_ADMIN'], 'ACTIVE', now())");
            insert.setObject(1, aid);
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, someone);
            return insert.executeUpdate();
        })).hasRootCauseInstanceOf(PSQLException.class).rootCause().hasMessageContaining("row-level security");

        int updated = inTenant(city, connection -> connection.createStatement().executeUpdate(
                "UPDATE membership SET roles = ARRAY['ORG_ADMIN'] WHERE tenant_id = '" + aid + "'"));
        assertThat(updated).isZero();
        assertThatThrownBy(() -> inTenant(city, connection -> connection.createStatement().executeUpdate(
                "UPDATE membership SET tenant_id = '" + aid + "' WHERE tenant_id = '" + city + "'")))
                .rootCause().hasMessageContaining("row-level security");
        int seenInCity = inTenant(city, connection -> {
            try (var result = connection.createStatement().executeQuery(
                    "SELECT count(*) FROM membership WHERE tenant_id <> '" + city + "'")) {
                result.next();
                return result.getInt(1);
            }
        });
        assertThat(seenInCity).isZero();
    }

    @Test
    void aForgedTenantIdInABodyIsIgnored() {
        var tokens = new ApiTokens(port);
        String aid = organisation("demo-aid").toString();
        String username = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = tokens.user("city-admin");
        client.post().uri("/api/v1/invitations").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"tenantId":"%s","tenant_id":"%s","organisationId":"%s","username":"%s",
                         "displayName":"Forged","roles":["CASEWORKER"]}""".formatted(aid, aid, aid, username))
                .exchange().expectStatus().isCreated();

        assertThat(invitees(tokens.user("city-admin"))).contains(username);
        assertThat(invitees(tokens.user("aid-admin"))).doesNotContain(username);
    }

    /**
     * Every GET of a single resource in the OpenAPI document, asked by organisation B for an id of organisation A,
     * answers 404 — new endpoints are covered as soon as they are documented. Platform endpoints are not tenant
     * resources and are covered by the role tests.
     */
    @Test
    void everyResourceOfOrganisationAIsNotFoundForOrganisationB() {
        var tokens = new ApiTokens(port);
        String ownerA = tokens.user("city-admin");
        String ownerB = tokens.user("aid-admin");
        JsonNode paths = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("paths");

        List<String> checked = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (!path.matches("/api/v1/[a-z-]+/\\{id}") || !paths.get(path).has("get")) {
                continue;
            }
            String collection = path.substring(0, path.lastIndexOf('/'));
            JsonNode items = getJson(collection, ownerA);
            assertThat(items).as("organisation A has something at %s to test with", collection).isNotEmpty();
            String id = items.get(0).get("id").asText();
            client.get().uri(path, id).header(HttpHeaders.AUTHORIZATION, "Bearer " + ownerA).exchange()
                    .expectStatus().isOk();
            client.get().uri(path, id).header(HttpHeaders.AUTHORIZATION, "Bearer " + ownerB).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            checked.add(path);
        }
        assertThat(checked).contains("/api/v1/members/{id}", "/api/v1/api-clients/{id}", "/api/v1/invitations/{id}");
    }

    private List<String> invitees(String token) {
        List<String> names = new ArrayList<>();
        getJson("/api/v1/invitations", token).forEach(invitation -> names.add(invitation.path("username").isNull()
                ? "" : invitation.get("username").asText()));
        return names;
    }

    private JsonNode getJson(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<String> tenantTables() {
        return jdbc.queryForList("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
                ORDER BY 1""", String.class);
    }

    private UUID organisation(String slug) {
        return jdbc.queryForObject("SELECT id FROM organisation WHERE slug = ?", UUID.class, slug);
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Raw JDBC as the application role, with the tenant set the way the application sets it. */
    private <T> T inTenant(UUID tenant, Work<T> work) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            connection.setAutoCommit(false);
            try {
                var set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                set.setString(1, tenant.toString());
                set.execute();
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }
}
