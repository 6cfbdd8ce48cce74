package org.inclusio.shared.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTests {

    @TempDir
    static Path dataDirectory;

    static EmbeddedDatabase database;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.startOrReuse(dataDirectory, 0);
    }

    @AfterAll
    static void stop() {
        database.stop();
    }

    @Test
    void everyRoleNeedsItsPasswordBecauseTrustIsGone() {
        assertThatThrownBy(() -> connect("postgres", "postgres", null))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect("postgres", "postgres", "wrong"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> connect(EmbeddedDatabase.DATABASE, "inclusio_app", "wrong"))
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void pgHbaHasNoTrustEntries() throws Exception {
        var entries = Files.readAllLines(dataDirectory.resolve("pg/pg_hba.conf")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry)
                .startsWith("host ").endsWith("scram-sha-256"));
    }

    @Test
    void credentialsFileIsReadableOnlyByItsOwner() throws Exception {
        assertThat(Files.getPosixFilePermissions(database.credentialsFile()))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void applicationRoleIsNeitherSuperuserNorBypassesRowLevelSecurity() throws Exception {
        try (Connection connection = connect(EmbeddedDatabase.DATABASE, "inclusio_app",
                database.credentials().appPassword());
             var result = connection.createStatement().executeQuery(
                     "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getBoolean(1)).isFalse();
            assertThat(result.getBoolean(2)).isFalse();
            assertThat(result.getBoolean(3)).isFalse();
            assertThat(result.getBoolean(4)).isFalse();
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (Connection connection = connect("postgres", "postgres", database.credentials().superuserPassword());
             var result = connection.createStatement().executeQuery("SHOW listen_addresses")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void keepsDataDurably() throws Exception {
        try (Connection connection = connect("postgres", "postgres", database.credentials().superuserPassword());
             var result = connection.createStatement().executeQuery(
                     "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("on");
            assertThat(result.getString(2)).isEqualTo("on");
        }
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        String owner = database.credentials().ownerPassword();
        try (Connection connection = connect(EmbeddedDatabase.DATABASE, "inclusio_owner", owner)) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS restart_probe (value text)");
            connection.createStatement().execute("INSERT INTO restart_probe VALUES ('kept')");
        }
        database.stop();
        database.start();
        try (Connection connection = connect(EmbeddedDatabase.DATABASE, "inclusio_owner", owner);
             var result = connection.createStatement().executeQuery("SELECT value FROM restart_probe")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void aPortHeldByAnotherProgramFailsAtOnceNamingThePortAndTheSetting(@TempDir Path otherDataDirectory)
            throws Exception {
        try (var other = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            // like a real server it answers connections (by hanging up), so a missing check fails instead of hanging
            Thread.ofVirtual().start(() -> {
                while (!other.isClosed()) {
                    try (var connection = other.accept()) {
                        connection.shutdownOutput();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            int port = other.getLocalPort();
            assertThatThrownBy(() -> EmbeddedDatabase.startOrReuse(otherDataDirectory, port))
                    .isInstanceOf(EmbeddedDatabasePortInUseException.class)
                    .hasMessageContaining("Port " + port + " ")
                    .hasMessageContaining("INCLUSIO_EMBEDDED_DATABASE_PORT");
        }
    }

    @Test
    void demoDataIsSeededUnlessSwitchedOff() {
        assertThat(demoDataEnabled(Map.of())).isEqualTo("true");
        assertThat(demoDataEnabled(Map.of("INCLUSIO_DEMO_DATA", "false"))).isEqualTo("false");
    }

    private static String demoDataEnabled(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("settings", Map.of(
                "inclusio.data-dir", dataDirectory.toString(), "inclusio.embedded-database.port", "0")));
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("variables", variables));
        new EmbeddedDatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("inclusio.demo-data.enabled");
    }

    private static Connection connect(String databaseName, String user, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + databaseName, properties);
    }
}
