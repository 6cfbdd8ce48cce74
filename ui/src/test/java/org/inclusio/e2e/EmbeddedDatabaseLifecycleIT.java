package org.inclusio.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged application's embedded PostgreSQL across stops, clean and unclean. */
class EmbeddedDatabaseLifecycleIT {

    @Test
    void recoversFromKillNineAndLeavesNoServerBehindAfterSigterm() throws Exception {
        Path dataDirectory = Path.of("target/lifecycle-data");
        try (var application = PackagedApplication.start(dataDirectory)) {
            String credentials = Files.readString(dataDirectory.resolve("pg-credentials.properties"));
            assertThat(application.postgresProcesses()).isNotEmpty();

            application.kill();
            assertThat(application.postgresProcesses())
                    .as("after kill -9 the server outlives the JVM, which is what the next start must cope with")
                    .isNotEmpty();

            application.launch();
            assertThat(Files.readString(dataDirectory.resolve("pg-credentials.properties")))
                    .as("the second start reuses the data instead of initialising anew").isEqualTo(credentials);

            application.stop();
            assertThat(application.postgresProcesses()).as("no orphan postgres after SIGTERM").isEmpty();
        }
    }
}
