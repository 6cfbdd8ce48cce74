package org.inclusio.identity;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tenant wall in the database and at every API endpoint (DESIGN.md §4). */
@IntegrationTest
class TenantWallIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    /** The one policy of every tenant table, in USING and WITH CHECK. */
    private static final String TENANT_CONDITION = "(tenant_id = app_current_tenant())";

    /**
     * Shared tables the application role reads without row-level security: none of them holds personal data. The
     * feedback directories are read before any organisation is known (a channel's public token, the SHA-256 of a
     * receipt code) and hold nothing but the organisation and the id they lead to; the feedback throttle, like the
     * sign-in throttle, holds Bucket4j state under a hash of a channel token or a used proof of work.
     */
    /** Resources every organisation reads by design: the frameworks shipped with Inclusio (own ones are walled). */
    private static final List<String> SHARED_BY_DESIGN = List.of("/api/v1/frameworks/{id}");

    private static final List<String> SHARED_TABLES_WITHOUT_A_WALL =
            List.of("api_client_directory", "external_identity", "feedback_channel_directory", "feedback_receipt",
                    "feedback_throttle", "invitation_link", "organisation", "platform_audit_event", "sign_in_throttle");

    private record Policy(String table, String name, String permissive, String roles, String command,
                          @Nullable String using, @Nullable String check) {
    }

    /**
     * The policies in force, exactly: every tenant table has {@code tenant_isolation} and nothing else unless
     * allow-listed here with its exact condition, and {@code user_account} has exactly its own. A policy that is
     * widened ({@code OR true}), added, or given to a particular role fails this test.
     */
    @Test
    void everyTableWithPersonalDataHasExactlyTheExpectedPolicies() {
        List<String> tenantTables = tenantTables();
        assertThat(tenantTables).contains("membership", "api_client", "audit_event", "invitation",
                "idempotency_record", "case_file", "case_file_aud", "case_file_read", "case_number_counter",
                "revision");
        var expected = new ArrayList<Policy>();
        for (String table : tenantTables) {
            expected.add(new Policy(table, "tenant_isolation", "PERMISSIVE", "{public}", "ALL", TENANT_CONDITION,
                    TENANT_CONDITION));
        }
        expected.add(new Policy("membership", "own_memberships", "PERMISSIVE", "{public}", "SELECT",
                "(user_id = app_current_user())", null));
        expected.add(new Policy("invitation", "own_invitations", "PERMISSIVE", "{public}", "SELECT",
                "(EXISTS ( SELECT 1 FROM user_account account WHERE ((account.id = app_current_user()) AND "
                        + "(((account.username)::text = (invitation.invitee_username)::text) OR "
                        + "(lower((account.email)::text) = lower((invitation.invitee_email)::text))))))", null));
        expected.add(new Policy("idempotency_record", "purge_expired", "PERMISSIVE", "{public}", "DELETE",
                "(expires_at < now())", null));
        expected.add(new Policy("framework", "shipped_read", "PERMISSIVE", "{public}", "SELECT",
                "(tenant_id IS NULL)", null));
        expected.add(new Policy("framework", "shipped_import", "PERMISSIVE", "{public}", "INSERT", null,
                "((tenant_id IS NULL) AND (app_current_tenant() IS NULL))"));
        expected.add(new Policy("user_account", "own_account", "PERMISSIVE", "{public}", "SELECT",
                "(id = app_current_user())", null));
        expected.add(new Policy("user_account", "members_of_current_tenant", "PERMISSIVE", "{public}", "SELECT",
                "(EXISTS ( SELECT 1 FROM membership m WHERE ((m.tenant_id = app_current_tenant()) "
                        + "AND (m.user_id = user_account.id))))", null));
        expected.add(new Policy("user_account", "sign_in_lookup", "PERMISSIVE", "{public}", "SELECT",
                "((username)::text = app_sign_in_username())", null));
        expected.add(new Policy("user_account", "own_account_update", "PERMISSIVE", "{public}", "UPDATE",
                "(id = app_current_user())", "(id = app_current_user())"));
        expected.add(new Policy("user_account", "own_account_insert", "PERMISSIVE", "{public}", "INSERT",
                null, "(id = app_current_user())"));
        expected.add(new Policy("user_account", "new_member_account", "PERMISSIVE", "{public}", "INSERT",
                null, "((app_current_tenant() IS NOT NULL) AND (NOT platform_admin))"));

        List<Policy> actual = jdbc.query("""
                SELECT tablename, policyname, permissive, roles::text AS roles, cmd,
                       regexp_replace(qual, '\\s+', ' ', 'g') AS qual,
                       regexp_replace(with_check, '\\s+', ' ', 'g') AS with_check
                FROM pg_policies WHERE schemaname = 'public'""", (row, index) -> new Policy(row.getString("tablename"),
                row.getString("policyname"), row.getString("permissive"), row.getString("roles"),
                row.getString("cmd"), row.getString("qual"), row.getString("with_check")));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void rowLevelSecurityIsForcedAndOnlyDeliberateSharedTablesGoWithout() {
        var walled = new ArrayList<>(tenantTables());
        walled.add("user_account");
        for (String table : walled) {
            assertThat(jdbc.queryForMap("""
                    SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relname = ?""", table))
                    .as(table).containsEntry("enabled", true).containsEntry("forced", true);
        }
        assertThat(jdbc.queryForList("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity
                  AND has_table_privilege(current_user, c.oid, 'SELECT') ORDER BY 1""", String.class))
                .as("tables the application role reads without row-level security")
                .containsExactlyElementsOf(SHARED_TABLES_WITHOUT_A_WALL);
    }

    @Test
    void theApplicationRoleCannotBypassRowLevelSecurityNorCreateTemporaryTables() {
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
        assertThat(jdbc.queryForObject("SELECT has_database_privilege(current_database(), 'TEMPORARY')",
                Boolean.class)).isFalse();
        assertThatThrownBy(() -> jdbc.execute("CREATE TEMP TABLE escape (tenant_id uuid)"))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void withoutATenantTheApplicationRoleSeesNoRowsInAnyTenantTable() {
        for (String table : tenantTables()) {
            // the shipped frameworks (tenant_id null) are read by everyone, see the test below
            String organisationRows = "SELECT count(*) FROM " + table
                    + (table.equals("framework") ? " WHERE tenant_id IS NOT NULL" : "");
            Long rows = jdbc.execute((ConnectionCallback<Long>) connection -> {
                try (var result = connection.createStatement().executeQuery(organisationRows)) {
                    result.next();
                    return result.getLong(1);
                }
            });
            assertThat(rows).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership", Long.class)).isZero();
    }

    /**
     * Raw SQL in organisation A, as a person who is a member of both A and B (so {@code app.user_id} shows their own
     * membership in B too): nothing of B can be inserted, updated, moved or deleted.
     */
    @Test
    void withTenantASetRawSqlCannotWriteRowsOfTenantB() {
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        UUID city = organisation("demo-city");
        UUID aid = organisation("demo-aid");
        UUID someone = superuser.queryForObject("SELECT id FROM user_account WHERE username = 'platform-admin'",
                UUID.class);
        UUID both = superuser.queryForObject("SELECT id FROM user_account WHERE username = 'both-caseworker'",
                UUID.class);
        String aidBefore = aidMemberships(superuser, aid);

        assertThatThrownBy(() -> inTenant(city, both, connection -> {
            var insert = connection.prepareStatement("INSERT INTO membership (tenant_id, id, user_id, roles, status, "
                    + "created_at) VALUES (?, ?, ?, ARRAY['ORG_ADMIN'], 'ACTIVE', now())");
            insert.setObject(1, aid);
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, someone);
            return insert.executeUpdate();
        })).hasRootCauseInstanceOf(PSQLException.class).rootCause().hasMessageContaining("row-level security");

        for (UUID user : new UUID[] {null, both}) {
            assertThat(update(city, user, "UPDATE membership SET roles = ARRAY['ORG_ADMIN'] WHERE tenant_id = '"
                    + aid + "'")).as("update as %s", user).isZero();
            assertThat(update(city, user, "UPDATE membership SET roles = ARRAY['ORG_ADMIN'] WHERE user_id = '"
                    + both + "'")).as("update own memberships as %s", user).isOne();
            assertThat(update(city, user, "DELETE FROM membership WHERE tenant_id = '" + aid + "'"))
                    .as("delete as %s", user).isZero();
            assertThat(update(city, user, "DELETE FROM api_client WHERE tenant_id = '" + aid + "'"))
                    .as("delete clients as %s", user).isZero();
            assertThat(update(city, user, "DELETE FROM membership WHERE user_id = '" + both + "'"))
                    .as("delete own memberships as %s", user).isOne();
        }
        assertThatThrownBy(() -> update(city, both, "UPDATE membership SET tenant_id = '" + aid + "' WHERE tenant_id = '"
                + city + "'")).rootCause().hasMessageContaining("row-level security");
        int seenInAid = inTenant(city, both, connection -> {
            try (var result = connection.createStatement().executeQuery(
                    "SELECT count(*) FROM membership WHERE tenant_id = '" + aid + "' AND user_id <> '" + both + "'")) {
                result.next();
                return result.getInt(1);
            }
        });
        assertThat(seenInAid).isZero();
        assertThat(aidMemberships(superuser, aid)).isEqualTo(aidBefore);
    }

    /**
     * Frameworks shipped with Inclusio are read by every organisation and written by none; an organisation's own
     * framework is walled like any tenant row.
     */
    @Test
    void shippedFrameworksAreReadByEveryOrganisationAndWrittenByNone() {
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        UUID city = organisation("demo-city");
        UUID aid = organisation("demo-aid");
        UUID own = UUID.randomUUID();
        superuser.update("INSERT INTO framework (id, tenant_id, key, version, name, definition, created_at)"
                + " VALUES (?, ?, 'city-own-" + own + "', 1, 'Our own', '{}', now())", own, city);
        try {
            String ownCount = "SELECT count(*) FROM framework WHERE id = '" + own + "'";
            assertThat(this.<Integer>inTenant(city, null, connection -> count(connection, ownCount))).isOne();
            assertThat(this.<Integer>inTenant(aid, null, connection -> count(connection, ownCount))).isZero();
            assertThat(this.<Integer>inTenant(aid, null, connection -> count(connection,
                    "SELECT count(*) FROM framework WHERE tenant_id IS NULL"))).as("shipped").isPositive();
            assertThat(update(aid, null, "UPDATE framework SET name = 'x' WHERE tenant_id IS NULL")).isZero();
            assertThat(update(aid, null, "DELETE FROM framework WHERE tenant_id IS NULL")).isZero();
            assertThat(update(aid, null, "UPDATE framework SET name = 'x' WHERE id = '" + own + "'")).isZero();
            assertThatThrownBy(() -> update(aid, null, "INSERT INTO framework (id, key, version, name, definition,"
                    + " created_at) VALUES (gen_random_uuid(), 'forged', 99, 'Forged', '{}', now())"))
                    .rootCause().hasMessageContaining("row-level security");
        } finally {
            superuser.update("DELETE FROM framework WHERE id = ?", own);
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String aidMemberships(JdbcTemplate superuser, UUID aid) {
        return superuser.queryForObject("""
                SELECT string_agg(id || ':' || roles::text || ':' || status, ',' ORDER BY id)
                FROM membership WHERE tenant_id = ?""", String.class, aid);
    }

    private int update(UUID tenant, @Nullable UUID user, String sql) {
        return this.<Integer>inTenant(tenant, user, connection -> connection.createStatement().executeUpdate(sql));
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
     * resources and are covered by the role tests. What administrators may not read is asked by caseworkers, and what
     * caseworkers may not read either (evaluations) by managers.
     */
    @Test
    void everyResourceOfOrganisationAIsNotFoundForOrganisationB() {
        var tokens = new ApiTokens(port);
        String ownerA = tokens.user("city-admin");
        String ownerB = tokens.user("aid-admin");
        String caseworkerA = tokens.user("city-caseworker");
        String caseworkerB = tokens.user("aid-caseworker");
        String managerA = tokens.user("city-manager");
        String managerB = tokens.user("aid-manager");
        JsonNode paths = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("paths");

        List<String> checked = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (!path.matches("/api/v1/[a-z-]+/\\{id}") || !paths.get(path).has("get")
                    || SHARED_BY_DESIGN.contains(path)) {
                continue;
            }
            String collection = path.substring(0, path.lastIndexOf('/'));
            String readerA = ownerA;
            String readerB = ownerB;
            for (String[] readers : new String[][] {{caseworkerA, caseworkerB}, {managerA, managerB}}) {
                if (client.get().uri(collection).header(HttpHeaders.AUTHORIZATION, "Bearer " + readerA).exchange()
                        .returnResult().getStatus().value() == 403) {
                    readerA = readers[0];
                    readerB = readers[1];
                }
            }
            JsonNode items = items(getJson(collection, readerA));
            assertThat(items).as("organisation A has something at %s to test with", collection).isNotEmpty();
            String id = items.get(0).get("id").asText();
            client.get().uri(path, id).header(HttpHeaders.AUTHORIZATION, "Bearer " + readerA).exchange()
                    .expectStatus().isOk();
            client.get().uri(path, id).header(HttpHeaders.AUTHORIZATION, "Bearer " + readerB).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            checked.add(path);
        }
        assertThat(checked).contains("/api/v1/members/{id}", "/api/v1/api-clients/{id}", "/api/v1/invitations/{id}",
                "/api/v1/beneficiaries/{id}", "/api/v1/consultations/{id}", "/api/v1/follow-ups/{id}",
                "/api/v1/referrals/{id}", "/api/v1/partners/{id}", "/api/v1/needs-assessments/{id}",
                "/api/v1/participatory-assessments/{id}", "/api/v1/practices/{id}", "/api/v1/evaluations/{id}");
    }

    /** A collection answers a JSON array, or a page {@code {"items": [...], "nextCursor": …}}. */
    private static JsonNode items(JsonNode collection) {
        return collection.isArray() ? collection : collection.get("items");
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

    /** Raw JDBC as the application role, with the tenant (and user) set the way the application sets them. */
    private <T> T inTenant(UUID tenant, @Nullable UUID user, Work<T> work) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            connection.setAutoCommit(false);
            try {
                var set = connection.prepareStatement(
                        "SELECT set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)");
                set.setString(1, tenant.toString());
                set.setString(2, user == null ? "" : user.toString());
                set.execute();
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }
}
