package org.inclusio.feedback.web;

import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.inclusio.feedback.web.AltchaChallenges.Proof;
import org.inclusio.feedback.web.FeedbackAbuseProperties.Limit;
import org.inclusio.shared.throttle.ThrottleBuckets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL mode ({@code inclusio.feedback.abuse.store=postgresql}) as two replicas use it: both count against
 * the same buckets in {@code feedback_throttle}, a proof used on one is refused on the other, and the table keeps
 * hashed ids and bucket states only. Built here on the test context's database rather than in a second context.
 */
@IntegrationTest
class PublicAbusePostgresIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void twoReplicasShareTheLimitsAndTheUsedProofs() {
        var properties = new FeedbackAbuseProperties(ThrottleBuckets.Store.POSTGRESQL,
                new Limit(1000, Duration.ofMinutes(1)), new Limit(3, Duration.ofMinutes(1)),
                new Limit(2, Duration.ofMinutes(1)), DataSize.ofKilobytes(16), "shared-key", 1000,
                Duration.ofMinutes(20));
        Clock clock = Clock.systemUTC();
        var first = new PublicIntakeThrottle(properties, ThrottleBuckets.in(ThrottleBuckets.Store.POSTGRESQL,
                PublicIntakeThrottle.TABLE, () -> dataSource, ThrottleBuckets.timeOf(clock)), clock);
        var second = new PublicIntakeThrottle(properties, ThrottleBuckets.in(ThrottleBuckets.Store.POSTGRESQL,
                PublicIntakeThrottle.TABLE, () -> dataSource, ThrottleBuckets.timeOf(clock)), clock);
        String channel = "canary-token-" + UUID.randomUUID();

        assertThat(first.admit(channel, false)).isEmpty();
        assertThat(second.admit(channel, false)).isEmpty();
        assertThat(first.admit(channel, false)).as("the third without proof, whichever replica").isPresent();
        assertThat(second.admit(channel, true)).isEmpty();
        assertThat(first.admit(channel, true)).as("the channel's three taken on two replicas").isPresent();

        var onFirst = new AltchaChallenges(properties, first, clock);
        var onSecond = new AltchaChallenges(properties, second, clock);
        String proof = PublicIntakeAbuseTests.solve(onSecond.issue());
        assertThat(onFirst.verify(proof)).isEqualTo(Proof.VALID);
        assertThat(onSecond.verify(proof)).as("replayed at the other replica").isEqualTo(Proof.REFUSED);

        var owner = OwnerDatabase.owner(environment);
        assertThat(owner.queryForList("""
                SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback_throttle'""",
                String.class)).containsExactlyInAnyOrder("id", "state", "expires_at");
        assertThat(owner.queryForObject("SELECT count(*) FROM feedback_throttle WHERE state IS NOT NULL", Long.class))
                .isGreaterThanOrEqualTo(4);
        assertThat(OwnerDatabase.columnsContaining(OwnerDatabase.superuser(environment), channel))
                .as("the channel's token is kept hashed only").isEmpty();
    }
}
