package org.inclusio.feedback.web;

import org.inclusio.shared.throttle.ThrottleBuckets.Store;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Protection of the anonymous feedback intake ({@code POST /f/{token}} and {@code POST /api/v1/public/**}) against
 * flooding, without tracking anybody: no limit is keyed on a client address.
 *
 * @param store               where the rate-limit buckets and the used proofs live: {@code memory} (one node) or
 *                            {@code postgresql} (shared by replicas); {@code INCLUSIO_FEEDBACK_ABUSE_STORE}
 * @param global              every public submission of every channel together
 * @param channel             one channel's submissions that carry a valid ALTCHA proof of work
 * @param channelWithoutProof one channel's submissions without one (JavaScript off, or an integration that does not
 *                            solve it): stricter
 * @param maxBody             the largest request body taken: a form's 4,000-character comment in Tigrinya is 36 KB
 *                            URL-encoded (9 bytes a character), so the limit leaves room for that and the answers
 * @param altchaKey           the HMAC-SHA256 key that signs the challenges; replicas must share it
 *                            ({@code INCLUSIO_FEEDBACK_ABUSE_ALTCHA_KEY}); unset means a random key per start
 * @param altchaMaxNumber     the proof of work: how far the browser may have to count (about half on average)
 * @param altchaExpiry        how long a challenge may be solved and sent
 */
@ConfigurationProperties("inclusio.feedback.abuse")
record FeedbackAbuseProperties(@DefaultValue("memory") Store store,
                               @Nullable Limit global,
                               @Nullable Limit channel,
                               @Nullable Limit channelWithoutProof,
                               @DefaultValue("64KB") DataSize maxBody,
                               @Nullable String altchaKey,
                               @DefaultValue("50000") int altchaMaxNumber,
                               @DefaultValue("20m") Duration altchaExpiry) {

    FeedbackAbuseProperties {
        global = global != null ? global : new Limit(600, Duration.ofMinutes(1));
        channel = channel != null ? channel : new Limit(60, Duration.ofMinutes(1));
        channelWithoutProof = channelWithoutProof != null ? channelWithoutProof : new Limit(10, Duration.ofMinutes(1));
        if (altchaMaxNumber < 1000 || altchaExpiry.toMinutes() < 1) {
            throw new IllegalArgumentException("The ALTCHA challenge needs a maximum number of at least 1000 and an "
                    + "expiry of at least a minute");
        }
    }

    /** At most {@code submissions} per {@code per}, refilled gradually. */
    record Limit(long submissions, Duration per) {

        Limit {
            if (submissions < 1 || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("A rate limit needs at least one submission per positive period");
            }
        }
    }
}
