package org.inclusio.feedback.web;

import org.inclusio.AdjustableClock;
import org.inclusio.feedback.web.AltchaChallenges.Challenge;
import org.inclusio.feedback.web.AltchaChallenges.Proof;
import org.inclusio.feedback.web.FeedbackAbuseProperties.Limit;
import org.inclusio.shared.throttle.ThrottleBuckets;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's rate limits and ALTCHA proofs as units, with small limits and a clock the tests move: what the real
 * filter does with them is proven in {@code PublicAbuseIntegrationTests}.
 */
class PublicIntakeAbuseTests {

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void withoutProofAChannelGetsTheStricterLimitAndWithProofTheLooserOne() {
        var throttle = throttle(new Limit(100, Duration.ofMinutes(1)), new Limit(5, Duration.ofMinutes(1)),
                new Limit(2, Duration.ofMinutes(1)));

        assertThat(throttle.admit("channel-a", false)).isEmpty();
        assertThat(throttle.admit("channel-a", false)).isEmpty();
        assertThat(throttle.admit("channel-a", false)).as("the third without proof within the minute")
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.admit("channel-a", true)).as("with proof, the channel's own limit still has room").isEmpty();
        assertThat(throttle.admit("channel-a", true)).isEmpty();
        assertThat(throttle.admit("channel-a", true)).isEmpty();
        assertThat(throttle.admit("channel-a", true)).as("five taken, with or without proof").isPresent();
        assertThat(throttle.admit("channel-b", false)).as("another channel counts on its own").isEmpty();

        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.admit("channel-a", false)).as("half a minute refills one of the two").isEmpty();
        assertThat(throttle.admit("channel-a", false)).isPresent();
    }

    @Test
    void theGlobalLimitCoversEveryChannelTogether() {
        var throttle = throttle(new Limit(3, Duration.ofMinutes(1)), new Limit(60, Duration.ofMinutes(1)),
                new Limit(10, Duration.ofMinutes(1)));

        assertThat(throttle.admit("one", true)).isEmpty();
        assertThat(throttle.admit("two", true)).isEmpty();
        assertThat(throttle.admitAnyChannel()).as("a receipt code lookup counts globally").isEmpty();
        assertThat(throttle.admit("three", true)).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void aSolvedChallengeIsAValidProofOnceAndAReplayIsRefused() {
        var altcha = altcha("key-1");
        String proof = solve(altcha.issue());

        assertThat(altcha.verify(proof)).isEqualTo(Proof.VALID);
        assertThat(altcha.verify(proof)).as("the same proof again").isEqualTo(Proof.REFUSED);
        assertThat(altcha.verify(solve(altcha.issue()))).as("a new challenge solved").isEqualTo(Proof.VALID);
    }

    @Test
    void wrongForgedExpiredAndMalformedProofsAreRefusedAndNoProofIsNone() {
        var altcha = altcha("key-1");
        Challenge challenge = altcha.issue();
        int number = numberOf(challenge);

        assertThat(altcha.verify(payload(challenge, number + 1 > challenge.maxnumber() ? number - 1 : number + 1)))
                .as("the wrong number").isEqualTo(Proof.REFUSED);
        assertThat(altcha(("key-2")).verify(payload(challenge, number))).as("signed with another key")
                .isEqualTo(Proof.REFUSED);
        Challenge forged = new Challenge(challenge.algorithm(), sha256(challenge.salt() + 7), challenge.maxnumber(),
                challenge.salt(), challenge.signature());
        assertThat(altcha.verify(payload(forged, 7))).as("a challenge of one's own under another's signature")
                .isEqualTo(Proof.REFUSED);
        Challenge later = altcha.issue();
        clock.advance(Duration.ofMinutes(21));
        assertThat(altcha.verify(solve(later))).as("solved after the challenge expired").isEqualTo(Proof.REFUSED);
        assertThat(altcha.verify("not base64 at all!")).isEqualTo(Proof.REFUSED);
        assertThat(altcha.verify(Base64.getEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Proof.REFUSED);
        assertThat(altcha.verify(null)).isEqualTo(Proof.NONE);
        assertThat(altcha.verify(" ")).isEqualTo(Proof.NONE);
    }

    @Test
    void theChallengeIsAltchasFormatWithItsExpiryInTheSalt() {
        Challenge challenge = altcha("key-1").issue();

        assertThat(challenge.algorithm()).isEqualTo("SHA-256");
        assertThat(challenge.maxnumber()).isEqualTo(1000);
        assertThat(challenge.salt()).matches("[0-9a-f]{24}\\?expires=" + clock.instant().plus(Duration.ofMinutes(20))
                .getEpochSecond());
        assertThat(challenge.challenge()).matches("[0-9a-f]{64}");
        assertThat(challenge.signature()).matches("[0-9a-f]{64}");
    }

    private PublicIntakeThrottle throttle(Limit global, Limit channel, Limit channelWithoutProof) {
        return new PublicIntakeThrottle(properties(global, channel, channelWithoutProof, "key"),
                new ThrottleBuckets.InMemory(ThrottleBuckets.timeOf(clock)), clock);
    }

    private AltchaChallenges altcha(String key) {
        var properties = properties(new Limit(100, Duration.ofMinutes(1)), new Limit(100, Duration.ofMinutes(1)),
                new Limit(100, Duration.ofMinutes(1)), key);
        return new AltchaChallenges(properties, new PublicIntakeThrottle(properties,
                new ThrottleBuckets.InMemory(ThrottleBuckets.timeOf(clock)), clock), clock);
    }

    private static FeedbackAbuseProperties properties(Limit global, Limit channel, Limit channelWithoutProof,
                                                      String key) {
        return new FeedbackAbuseProperties(ThrottleBuckets.Store.MEMORY, global, channel, channelWithoutProof,
                DataSize.ofKilobytes(16), key, 1000, Duration.ofMinutes(20));
    }

    /** What the browser's script does. */
    static String solve(Challenge challenge) {
        return payload(challenge, numberOf(challenge));
    }

    static int numberOf(Challenge challenge) {
        for (int number = 0; number <= challenge.maxnumber(); number++) {
            if (sha256(challenge.salt() + number).equals(challenge.challenge())) {
                return number;
            }
        }
        throw new AssertionError("No number solves the challenge");
    }

    static String payload(Challenge challenge, int number) {
        String json = """
                {"algorithm":"%s","challenge":"%s","number":%d,"salt":"%s","signature":"%s"}"""
                .formatted(challenge.algorithm(), challenge.challenge(), number, challenge.salt(),
                        challenge.signature());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
