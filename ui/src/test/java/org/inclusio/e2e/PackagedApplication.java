package org.inclusio.e2e;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The runnable jar ({@code ui/target/inclusio.jar}) started as its own process on the embedded default. */
final class PackagedApplication implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("inclusio.jar", "target/inclusio.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDirectory;
    private final int port;
    private final int databasePort;
    private final Path log;
    private Process process;

    private PackagedApplication(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory;
        this.port = freePort();
        this.databasePort = freePort();
        this.log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    private static @Nullable PackagedApplication shared;

    /**
     * The one application the browser tests share, started by the first of them and stopped when the test JVM ends:
     * starting the jar with its embedded database and demo data takes half a minute. Tests on it create their own
     * records and do not count rows others may add.
     */
    static synchronized PackagedApplication shared() throws Exception {
        if (shared == null) {
            var application = start(Path.of("target/e2e-data"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    application.close();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }));
            shared = application;
        }
        return shared;
    }

    static PackagedApplication start(Path dataDirectory) throws Exception {
        var application = new PackagedApplication(dataDirectory.toAbsolutePath());
        application.launch();
        return application;
    }

    void launch() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No packaged application at " + JAR.toAbsolutePath()
                    + "; build it with ./mvnw -B -DskipTests package");
        }
        Files.createDirectories(dataDirectory);
        var builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("INCLUSIO_DATA_DIR", dataDirectory.toString());
        builder.environment().put("INCLUSIO_EMBEDDED_DATABASE_PORT", Integer.toString(databasePort));
        process = builder.start();
        try {
            awaitHealthy(Duration.ofSeconds(300)); // generous: CI machines may be shared
        } catch (Exception | Error notHealthy) {
            process.destroy(); // otherwise it would keep the data directory locked for the next run
            throw notHealthy;
        }
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** {@code kill -9}: no shutdown hook runs, PostgreSQL is left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code SIGTERM}, as from an operator or the container runtime. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The application did not stop within 60 s after SIGTERM; see " + log);
        }
    }

    /** The PostgreSQL server processes that work on this application's data directory. */
    List<ProcessHandle> postgresProcesses() {
        String pgDirectory = dataDirectory.resolve("pg").toString();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().map(line -> line.contains("postgres")
                        && line.contains(pgDirectory)).orElse(false))
                .toList();
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        var request = HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application was not healthy within " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
