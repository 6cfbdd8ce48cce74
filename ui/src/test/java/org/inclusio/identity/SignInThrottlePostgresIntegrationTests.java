package org.inclusio.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same protection with the counters in PostgreSQL, as replicas run it ({@code inclusio.security.throttle.store=
 * postgresql}): every test of {@link SignInThrottleIntegrationTests} again, and what the table keeps.
 */
@Import(SignInTestConfiguration.class)
@TestPropertySource(properties = "inclusio.security.throttle.store=postgresql")
class SignInThrottlePostgresIntegrationTests extends SignInThrottleIntegrationTests {

    /** Buckets of earlier runs carry their times; this run's clock starts anew. */
    @BeforeEach
    void emptyTable() {
        jdbc.update("DELETE FROM sign_in_throttle");
    }

    @Test
    void theTableKeepsHashedKeysAndBucketStatesOnlyAndASuccessForgetsTheAccount() {
        var browser = new SignInBrowser(port, "192.0.2.70");
        browser.authorize();
        browser.submit("aid-caseworker", "guess");
        assertThat(buckets()).as("failures of the account at the address, of the account and of the address")
                .isEqualTo(3);
        assertThat(jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns WHERE table_name = 'sign_in_throttle'""",
                String.class)).containsExactlyInAnyOrder("id", "state", "expires_at");

        browser.submit("aid-caseworker", "demo");
        assertThat(buckets()).as("only the address's failure is left").isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        new SignInBrowser(port, "192.0.2.71").submit("aid-caseworker", "guess");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sign_in_throttle WHERE state IS NULL", Long.class))
                .as("rows Bucket4j left behind while only looking for a lock are cleaned up").isZero();
    }

    private long buckets() {
        return jdbc.queryForObject("SELECT count(*) FROM sign_in_throttle WHERE state IS NOT NULL", Long.class);
    }
}
