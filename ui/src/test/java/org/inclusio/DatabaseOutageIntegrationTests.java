package org.inclusio;

import org.inclusio.shared.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Readiness follows the database without a restart; liveness does not. Uses a server of its own. */
@IntegrationTest
@TestPropertySource(properties = "inclusio.data-dir=" + DatabaseOutageIntegrationTests.DATA_DIR)
class DatabaseOutageIntegrationTests {

    static final String DATA_DIR = "target/outage-test-data";

    @Autowired
    RestTestClient client;

    @Test
    void readinessGoesDownWithTheDatabaseAndComesBackWithIt() {
        var database = EmbeddedDatabase.startOrReuse(Path.of(DATA_DIR), 0);
        expectReadiness(200, "UP");

        database.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expectReadiness(503, "DOWN"));
            client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        } finally {
            database.start();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expectReadiness(200, "UP"));
    }

    private void expectReadiness(int status, String state) {
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isEqualTo(status)
                .expectBody().jsonPath("$.status").isEqualTo(state);
    }
}
