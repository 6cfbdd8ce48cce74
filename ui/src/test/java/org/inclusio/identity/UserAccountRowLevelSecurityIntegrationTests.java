package org.inclusio.identity;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Row-level security on {@code user_account} (e-mail addresses, password hashes): raw SQL as the application role
 * sees one's own account, the accounts of the current organisation's members, or — while the issuer checks a
 * password — the one account named; and writes only its own account or a new member's.
 */
@IntegrationTest
class UserAccountRowLevelSecurityIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @Test
    void theApplicationRoleSeesOnlyOwnCurrentOrganisationsOrTheSignInAccount() {
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        UUID city = superuser.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);
        UUID platformAdmin = superuser.queryForObject(
                "SELECT id FROM user_account WHERE username = 'platform-admin'", UUID.class);
        List<String> cityMembers = superuser.queryForList("""
                SELECT a.username FROM user_account a JOIN membership m ON m.user_id = a.id
                WHERE m.tenant_id = ? ORDER BY 1""", String.class, city);
        assertThat(cityMembers).contains("city-admin", "both-caseworker").doesNotContain("aid-admin");

        assertThat(usernames(null, null, null)).as("no context").isEmpty();
        assertThat(usernames(city, null, null)).as("in Demo City").isEqualTo(cityMembers);
        assertThat(usernames(null, platformAdmin, null)).as("the platform administrator")
                .containsExactly("platform-admin");
        assertThat(usernames(null, null, "aid-admin")).as("signing in").containsExactly("aid-admin");
        assertThat(usernames(null, null, "aid-%")).as("a pattern is not a username").isEmpty();
        assertThat(usernames(city, platformAdmin, null)).as("own account and the organisation's")
                .containsAll(cityMembers).contains("platform-admin").doesNotContain("aid-admin");
    }

    @Test
    void theApplicationRoleWritesOnlyItsOwnAccountOrANewMembersAndDeletesNone() {
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        UUID city = superuser.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);
        UUID cityAdmin = superuser.queryForObject("SELECT id FROM user_account WHERE username = 'city-admin'",
                UUID.class);
        UUID aidAdmin = superuser.queryForObject("SELECT id FROM user_account WHERE username = 'aid-admin'",
                UUID.class);

        assertThat(update(city, cityAdmin, null,
                "UPDATE user_account SET display_name = 'Hacked' WHERE id = '" + aidAdmin + "'")).isZero();
        assertThat(update(city, cityAdmin, null,
                "UPDATE user_account SET display_name = 'Hacked' WHERE username <> 'city-admin'"))
                .as("a member's account is readable, not writable").isZero();
        assertThat(update(null, null, "aid-admin",
                "UPDATE user_account SET password_hash = 'x' WHERE username = 'aid-admin'"))
                .as("the sign-in lookup reads only").isZero();
        assertThat(update(city, cityAdmin, null,
                "UPDATE user_account SET display_name = display_name WHERE id = '" + cityAdmin + "'")).isOne();
        assertThat(update(city, cityAdmin, null, "DELETE FROM user_account")).as("deleted in a tenant").isZero();
        assertThat(update(null, cityAdmin, null, "DELETE FROM user_account")).as("deleted as oneself").isZero();
        assertThat(update(null, null, "city-admin", "DELETE FROM user_account")).as("deleted signing in").isZero();
        assertThatThrownBy(() -> as(city, cityAdmin, null, connection -> insertAccount(connection, true)))
                .as("an organisation creating a platform administrator")
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> as(null, null, "someone", connection -> insertAccount(connection, false)))
                .as("creating an account while signing in").rootCause().hasMessageContaining("row-level security");
        assertThat(this.<Integer>as(city, cityAdmin, null, connection -> insertAccount(connection, false)))
                .as("an organisation creating a new member's account").isOne();
        assertThat(superuser.queryForObject("SELECT count(*) FROM user_account WHERE display_name = 'Hacked'",
                Long.class)).isZero();
        assertThat(superuser.queryForObject("SELECT password_hash FROM user_account WHERE username = 'aid-admin'",
                String.class)).isNotEqualTo("x");
    }

    @Test
    void everyoneStillSignsInAndReadsTheirProfile() {
        var tokens = new ApiTokens(port);
        for (String username : List.of("platform-admin", "city-admin", "both-caseworker")) {
            client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.user(username))
                    .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo(username);
        }
    }

    private static int insertAccount(Connection connection, boolean platformAdmin) throws SQLException {
        var insert = connection.prepareStatement("""
                INSERT INTO user_account (id, username, display_name, platform_admin, created_at)
                VALUES (?, ?, 'Inserted', ?, now())""");
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, "inserted-" + UUID.randomUUID().toString().substring(0, 8));
        insert.setBoolean(3, platformAdmin);
        return insert.executeUpdate();
    }

    private int update(UUID tenant, UUID user, String signInUsername, String sql) {
        return this.<Integer>as(tenant, user, signInUsername,
                connection -> connection.createStatement().executeUpdate(sql));
    }

    private List<String> usernames(UUID tenant, UUID user, String signInUsername) {
        return as(tenant, user, signInUsername, connection -> {
            var names = new ArrayList<String>();
            try (var result = connection.createStatement().executeQuery(
                    "SELECT username FROM user_account ORDER BY 1")) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
            return names;
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Raw JDBC as the application role, in a transaction rolled back at the end, with the settings given. */
    private <T> T as(UUID tenant, UUID user, String signInUsername, Work<T> work) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            connection.setAutoCommit(false);
            try {
                var set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true), "
                        + "set_config('app.user_id', ?, true), set_config('app.sign_in_username', ?, true)");
                set.setString(1, tenant == null ? "" : tenant.toString());
                set.setString(2, user == null ? "" : user.toString());
                set.setString(3, signInUsername == null ? "" : signInUsername);
                set.execute();
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }
}
