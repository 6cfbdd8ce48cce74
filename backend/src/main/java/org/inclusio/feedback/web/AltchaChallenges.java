package org.inclusio.feedback.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * ALTCHA proof of work (altcha.org's format), implemented here: the server signs a challenge, the SHA-256 of a salt
 * followed by a secret number up to {@code maxnumber}; the browser finds the number by trying them all and sends back
 * the base64 of {@code {"algorithm","challenge","number","salt","signature"}}. The salt carries its expiry
 * ({@code ?expires=} in epoch seconds), which the signature covers, so nothing about issued challenges is stored; used
 * ones are remembered until they expire, so a proof counts once.
 */
@Component
class AltchaChallenges {

    static final String ALGORITHM = "SHA-256";

    /** A challenge as the form carries it (ALTCHA's challenge JSON). */
    record Challenge(String algorithm, String challenge, int maxnumber, String salt, String signature) {
    }

    /** What a submission's proof turned out to be. */
    enum Proof {
        /** None sent: the stricter limits apply. */
        NONE,
        VALID,
        /** Malformed, wrongly signed, wrong, expired or used before. */
        REFUSED
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] key;
    private final int maxNumber;
    private final Duration expiry;
    private final PublicIntakeThrottle usedChallenges;
    private final Clock clock;

    AltchaChallenges(FeedbackAbuseProperties properties, PublicIntakeThrottle usedChallenges, Clock clock) {
        this.key = properties.altchaKey() != null && !properties.altchaKey().isBlank()
                ? properties.altchaKey().getBytes(StandardCharsets.UTF_8)
                : randomKey();
        this.maxNumber = properties.altchaMaxNumber();
        this.expiry = properties.altchaExpiry();
        this.usedChallenges = usedChallenges;
        this.clock = clock;
    }

    Challenge issue() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String salt = HexFormat.of().formatHex(random) + "?expires=" + clock.instant().plus(expiry).getEpochSecond();
        int number = RANDOM.nextInt(maxNumber + 1);
        String challenge = sha256(salt + number);
        return new Challenge(ALGORITHM, challenge, maxNumber, salt, hmac(challenge));
    }

    Proof verify(@Nullable String payload) {
        if (payload == null || payload.isBlank()) {
            return Proof.NONE;
        }
        try {
            JsonNode proof = JSON.readTree(Base64.getDecoder().decode(payload.strip()));
            String challenge = proof.path("challenge").asString("");
            String salt = proof.path("salt").asString("");
            JsonNode number = proof.path("number");
            boolean sound = ALGORITHM.equals(proof.path("algorithm").asString())
                    && number.canConvertToInt() && number.asInt() >= 0 && number.asInt() <= maxNumber
                    && MessageDigest.isEqual(hmac(challenge).getBytes(StandardCharsets.US_ASCII),
                            proof.path("signature").asString("").getBytes(StandardCharsets.US_ASCII))
                    && sha256(salt + number.asInt()).equals(challenge)
                    && clock.instant().isBefore(expiresAt(salt));
            return sound && usedChallenges.firstUse(challenge, expiry) ? Proof.VALID : Proof.REFUSED;
        } catch (IllegalArgumentException | JacksonException notAProof) {
            return Proof.REFUSED;
        }
    }

    /** The challenge's JSON for the form's {@code data-altcha} attribute. */
    String asJson(Challenge challenge) {
        return JSON.writeValueAsString(challenge);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    private static Instant expiresAt(String salt) {
        Map<String, String> parameters = new HashMap<>();
        int query = salt.indexOf('?');
        if (query >= 0) {
            for (String pair : salt.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        String expires = parameters.get("expires");
        return expires == null ? Instant.MIN : Instant.ofEpochSecond(Long.parseLong(expires));
    }

    private String hmac(String challenge) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(challenge.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
