package org.inclusio.feedback.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import org.inclusio.feedback.web.FeedbackAbuseProperties.Limit;
import org.inclusio.shared.throttle.ThrottleBuckets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rate limits of the anonymous intake: all channels together, one channel, and one channel's submissions without
 * a proof of work, each a Bucket4j bucket keyed by a hash of the channel's public token (never of anything about the
 * sender). It also remembers which ALTCHA challenges were used, as buckets of one token that refill when the
 * challenge expires, so that a replayed proof is refused on every replica. Buckets live in
 * {@code feedback_throttle} in the PostgreSQL mode.
 */
@Component
class PublicIntakeThrottle {

    static final String TABLE = "feedback_throttle";

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final FeedbackAbuseProperties properties;
    private final ThrottleBuckets buckets;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge;

    @Autowired
    PublicIntakeThrottle(FeedbackAbuseProperties properties, ObjectProvider<DataSource> dataSource, Clock clock) {
        this(properties, ThrottleBuckets.in(properties.store(), TABLE, dataSource::getObject,
                ThrottleBuckets.timeOf(clock)), clock);
    }

    /** With the buckets given, for tests of one store or the other. */
    PublicIntakeThrottle(FeedbackAbuseProperties properties, ThrottleBuckets buckets, Clock clock) {
        this.properties = properties;
        this.buckets = buckets;
        this.clock = clock;
        this.lastPurge = new AtomicReference<>(clock.instant());
    }

    /**
     * Takes one submission to this channel out of its limits.
     *
     * @return empty when it may go ahead, otherwise how long to wait
     */
    Optional<Duration> admit(String channelToken, boolean withProof) {
        purgeNowAndThen();
        Optional<Duration> wait = take("global", properties.global());
        if (wait.isEmpty() && !withProof) {
            wait = take("channel-without-proof/" + channelToken, properties.channelWithoutProof());
        }
        if (wait.isEmpty()) {
            wait = take("channel/" + channelToken, properties.channel());
        }
        return wait;
    }

    /** A request that concerns no one channel (a receipt code lookup): the global limit only. */
    Optional<Duration> admitAnyChannel() {
        purgeNowAndThen();
        return take("global", properties.global());
    }

    /** Whether this is the first use of the challenge within {@code lifetime}; a second use is a replay. */
    boolean firstUse(String challenge, Duration lifetime) {
        purgeNowAndThen();
        return buckets.bucket(key("altcha-used/" + challenge),
                        Bandwidth.builder().capacity(1).refillIntervally(1, lifetime).build())
                .tryConsume(1);
    }

    private Optional<Duration> take(String subject, Limit limit) {
        ConsumptionProbe probe = buckets.bucket(key(subject), Bandwidth.builder().capacity(limit.submissions())
                        .refillGreedy(limit.submissions(), limit.per()).build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private void purgeNowAndThen() {
        Instant last = lastPurge.get();
        Instant now = clock.instant();
        if (now.isAfter(last.plus(PURGE_INTERVAL)) && lastPurge.compareAndSet(last, now)) {
            buckets.removeExpired();
        }
    }

    /** The first 64 bits of a SHA-256, so that no token or challenge is kept in a bucket store. */
    private static long key(String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    ("feedback/" + subject).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
