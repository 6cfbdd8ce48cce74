package org.inclusio.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.inclusio.shared.database.EmbeddedDatabaseCredentials.APP;
import static org.inclusio.shared.database.EmbeddedDatabaseCredentials.OWNER;
import static org.inclusio.shared.database.EmbeddedDatabaseCredentials.SUPERUSER;

/**
 * A real PostgreSQL server started in-process from the binaries on the classpath, keeping its files in
 * {@code <data-dir>/pg}. It accepts TCP connections on loopback only and authenticates every role with
 * scram-sha-256: zonky's initdb leaves {@code trust} for everyone, which would let any local process log in as the
 * superuser and walk past row-level security, so the superuser gets its password in single-user mode before the
 * server first listens. One server runs per data directory and JVM; tests share it.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "inclusio";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();
    private static final String PG_HBA = """
            # Written by Inclusio at every start: no trust, no peer, passwords (scram-sha-256) on loopback only.
            host    all    all    127.0.0.1/32    scram-sha-256
            host    all    all    ::1/128         scram-sha-256
            """;

    private final Path pgDirectory;
    private final Path credentialsFile;
    private final int requestedPort;
    private EmbeddedDatabaseCredentials credentials;
    private EmbeddedPostgres server;
    private int lastPort;

    private EmbeddedDatabase(Path dataDirectory, int requestedPort) {
        this.pgDirectory = dataDirectory.resolve("pg");
        this.credentialsFile = dataDirectory.resolve("pg-credentials.properties");
        this.requestedPort = requestedPort;
    }

    /** Starts the server for this data directory, or returns the one this JVM already runs for it. */
    public static EmbeddedDatabase startOrReuse(Path dataDirectory, int port) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), directory -> {
            var database = new EmbeddedDatabase(directory, port);
            database.start();
            return database;
        });
    }

    /** Whether the application of this environment uses the embedded default rather than a configured database. */
    public static boolean isInUse(Environment environment) {
        return environment instanceof ConfigurableEnvironment configurable && configurable.getPropertySources()
                .contains(EmbeddedDatabaseEnvironmentPostProcessor.PROPERTY_SOURCE);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public int port() {
        return server.getPort();
    }

    public EmbeddedDatabaseCredentials credentials() {
        return credentials;
    }

    public Path credentialsFile() {
        return credentialsFile;
    }

    /** Starts the server (again); keeps the port it had so pooled connections find it. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(pgDirectory.getParent(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            boolean firstStart = !Files.exists(pgDirectory.resolve("postgresql.conf"));
            if (firstStart) {
                deleteRecursively(pgDirectory);
                credentials = EmbeddedDatabaseCredentials.generate();
                credentials.save(credentialsFile);
            } else {
                credentials = EmbeddedDatabaseCredentials.load(credentialsFile);
                OrphanedServer.stopIfRunning(pgDirectory);
            }
            int port = lastPort > 0 ? lastPort : requestedPort;
            failIfTaken(port);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDirectory.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // zonky starts PostgreSQL for throw-away test databases (-F, no fsync; asynchronous commit);
                    // the embedded default keeps real data, so it gets the server's durable defaults back.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    // The server's output ends up in the application log: keep statements and their details
                    // (which can hold personal data) out of it, and only report what stops the server.
                    .setServerConfig("log_min_messages", "fatal")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_error_verbosity", "terse")
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setDataDirectoryCustomizer(directory -> secure(directory, firstStart))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            lastPort = server.getPort();
            ensureRolesAndDatabase();
            log.info("Embedded PostgreSQL is listening on 127.0.0.1:{} with data in {}", lastPort, pgDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgDirectory, e);
        }
    }

    /** Stops the server; {@link #start()} brings it back with the same data and port. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    /**
     * Our own orphaned server for this data directory has been stopped by now, so whoever holds the port is someone
     * else; PostgreSQL would fail to bind while zonky waits a minute for it. Better to say so at once.
     */
    private void failIfTaken(int port) throws IOException {
        if (port == 0) {
            return;
        }
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (BindException taken) {
            throw new EmbeddedDatabasePortInUseException(port, pgDirectory);
        }
    }

    private void secure(File directory, boolean firstStart) {
        try {
            if (firstStart) {
                setSuperuserPasswordInSingleUserMode(directory.toPath());
            }
            Files.writeString(directory.toPath().resolve("pg_hba.conf"), PG_HBA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setSuperuserPasswordInSingleUserMode(Path directory) throws IOException {
        Path postgres = Binaries.postgresExecutable();
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            // PostgreSQL refuses to run as root; like zonky itself, run it in a user namespace where it is not.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgres.toString(), "--single", "-D", directory.toString(), "postgres"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(("ALTER ROLE " + SUPERUSER + " PASSWORD '" + credentials.superuserPassword() + "';\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("Setting the superuser password failed: " + output.replace(
                        credentials.superuserPassword(), "***"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting the superuser password", e);
        }
    }

    /** Idempotent, so a first start that was interrupted half-way heals on the next one. */
    private void ensureRolesAndDatabase() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(ensureRole(OWNER, credentials.ownerPassword(), "LOGIN NOSUPERUSER NOCREATEROLE"));
            statement.execute(ensureRole(APP, credentials.appPassword(),
                    "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT"));
            try (var result = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!result.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER
                            + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
            statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the roles of the embedded PostgreSQL", e);
        }
    }

    private static String ensureRole(String role, String password, String attributes) {
        return """
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s; END IF;
                  ALTER ROLE %1$s %2$s PASSWORD '%3$s';
                END $$""".formatted(role, attributes, password);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Finds the PostgreSQL binaries zonky unpacked into its working directory. */
    private static final class Binaries {

        static Path postgresExecutable() throws IOException {
            Path workingDirectory = Path.of(System.getProperty("ot.epg.working-dir",
                    System.getProperty("java.io.tmpdir")), "embedded-pg");
            try (Stream<Path> unpacked = Files.list(workingDirectory)) {
                return unpacked
                        .filter(directory -> directory.getFileName().toString().startsWith("PG-"))
                        .filter(directory -> Files.isExecutable(directory.resolve("bin/postgres")))
                        .max(Comparator.comparing(Binaries::unpackedAt))
                        .map(directory -> directory.resolve("bin/postgres"))
                        .orElseThrow(() -> new IOException("No unpacked PostgreSQL binaries in " + workingDirectory));
            }
        }

        private static long unpackedAt(Path directory) {
            try {
                return Files.getLastModifiedTime(directory.resolve(".exists")).toMillis();
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /**
     * After a {@code kill -9} of the JVM the postmaster outlives it and keeps the data directory locked. It is
     * stopped with a fast shutdown (SIGINT) before the new start; a stale {@code postmaster.pid} whose process is gone
     * is removed.
     */
    private static final class OrphanedServer {

        static void stopIfRunning(Path pgDirectory) throws IOException {
            Path pidFile = pgDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
                Files.deleteIfExists(pidFile);
                return;
            }
            long pid = Long.parseLong(lines.getFirst().strip());
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(OrphanedServer::isPostgres);
            if (process.isEmpty()) {
                log.warn("Removing a stale postmaster.pid left by an unclean stop");
                Files.deleteIfExists(pidFile);
                return;
            }
            log.warn("Stopping the embedded PostgreSQL (pid {}) left running by an unclean stop", pid);
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
                process.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
            Files.deleteIfExists(pidFile);
        }

        private static boolean isPostgres(ProcessHandle process) {
            return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
        }
    }
}
