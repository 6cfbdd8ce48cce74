package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.Receipt;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An anonymous submission sent with an {@code Idempotency-Key}, scoped to its channel. The key is never stored: the
 * record is found by a hash of it, and the receipt is kept AES-GCM encrypted with another value derived from it, so
 * the database holds no receipt code, and only a collector that knows the key gets the receipt again.
 *
 * @param requestHash SHA-256 of the form: what a retry must repeat exactly
 */
record SubmissionKey(UUID channel, String key, byte[] requestHash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;

    static SubmissionKey of(UUID channel, String key, FeedbackForm form) {
        String canonical = String.join("\u0000", form.language(), form.category().name(),
                Objects.toString(form.satisfaction(), ""), new TreeMap<>(form.answers()).toString(),
                Objects.toString(form.comment(), ""));
        return new SubmissionKey(channel, key, sha256(canonical));
    }

    byte[] keyHash() {
        return derive("inclusio feedback submission key");
    }

    byte[] seal(Receipt receipt) {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, (receipt.receiptCode() + "|" + receipt.answerExpectedBy())
                .getBytes(StandardCharsets.UTF_8));
        byte[] stored = Arrays.copyOf(iv, IV_LENGTH + sealed.length);
        System.arraycopy(sealed, 0, stored, IV_LENGTH, sealed.length);
        return stored;
    }

    Receipt unseal(byte[] stored) {
        String[] parts = new String(cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, IV_LENGTH),
                Arrays.copyOfRange(stored, IV_LENGTH, stored.length)), StandardCharsets.UTF_8).split("\\|", 2);
        return new Receipt(parts[0], LocalDate.parse(parts[1]));
    }

    private byte[] cipher(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derive("inclusio feedback receipt"), "AES"),
                    new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException exception) {
            throw new IllegalStateException("The receipt cannot be sealed or opened", exception);
        }
    }

    /** Independent 256-bit values for the lookup hash and the cipher key, bound to the channel. */
    private byte[] derive(String purpose) {
        return sha256(String.join("\n", purpose, channel.toString(), key));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The key is the collector's secret to the receipt. */
    @Override
    public String toString() {
        return "SubmissionKey[channel=" + channel + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubmissionKey that && channel.equals(that.channel) && key.equals(that.key)
                && Arrays.equals(requestHash, that.requestHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channel, key, Arrays.hashCode(requestHash));
    }
}
