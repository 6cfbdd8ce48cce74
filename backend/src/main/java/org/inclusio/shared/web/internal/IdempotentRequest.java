package org.inclusio.shared.web.internal;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A POST sent with an {@code Idempotency-Key}, scoped to one organisation and one caller. The key itself is never
 * stored: the record is found by a hash of it, and the stored answer is encrypted with a key derived from it (and the
 * scope), so the database holds no answer in plain text and only the caller who knows the key can have it replayed.
 *
 * @param requestHash SHA-256 of method, path with query, and body: what a retry must repeat exactly
 */
record IdempotentRequest(UUID tenant, UUID actor, String key, String requestHash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;

    static IdempotentRequest of(UUID tenant, UUID actor, String key, String method, String pathAndQuery, byte[] body) {
        MessageDigest digest = sha256();
        digest.update((method + "\n" + pathAndQuery + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return new IdempotentRequest(tenant, actor, key, HexFormat.of().formatHex(digest.digest()));
    }

    String keyHash() {
        return HexFormat.of().formatHex(derive("inclusio idempotency key"));
    }

    byte[] encrypt(byte[] answer) {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, answer);
        byte[] stored = Arrays.copyOf(iv, IV_LENGTH + sealed.length);
        System.arraycopy(sealed, 0, stored, IV_LENGTH, sealed.length);
        return stored;
    }

    byte[] decrypt(byte[] stored) {
        return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, IV_LENGTH),
                Arrays.copyOfRange(stored, IV_LENGTH, stored.length));
    }

    private byte[] cipher(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derive("inclusio idempotency answer"), "AES"),
                    new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException exception) {
            throw new IllegalStateException("Stored answer cannot be sealed or opened", exception);
        }
    }

    /** Independent 256-bit values for the lookup hash and the cipher key, bound to organisation and caller. */
    private byte[] derive(String purpose) {
        return sha256().digest(String.join("\n", purpose, tenant.toString(), actor.toString(), key)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException(exception);
        }
    }

    /** The key is the caller's secret to the stored answer. */
    @Override
    public String toString() {
        return "IdempotentRequest[tenant=" + tenant + ", actor=" + actor + "]";
    }
}
