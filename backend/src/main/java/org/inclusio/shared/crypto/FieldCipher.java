package org.inclusio.shared.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

/**
 * Encrypts special-category fields at rest with AES-256-GCM. Each seal uses a fresh random 96-bit nonce and binds
 * the ciphertext to its tenant and row (associated data), so a value copied to another row or tenant does not open.
 * Values are sealed under the current key of the key ring and opened with the key they name, so older keys keep
 * working for reading until the rotation command has re-encrypted everything.
 */
public final class FieldCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EncryptionKeyRing keys;

    FieldCipher(EncryptionKeyRing keys) {
        this.keys = keys;
    }

    public SealedValue seal(UUID tenantId, UUID rowId, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, tenantId, rowId);
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
            return new SealedValue(keys.currentId(), sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    public SealedValue seal(UUID tenantId, UUID rowId, String plaintext) {
        return seal(tenantId, rowId, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws UnreadableSealedValueException when the value was altered, belongs elsewhere or its key is gone */
    public byte[] open(UUID tenantId, UUID rowId, SealedValue sealed) {
        SecretKey key = keys.find(sealed.keyId()).orElseThrow(() -> new UnreadableSealedValueException(
                "A sealed value names key id '" + sealed.keyId() + "', which is not in the encryption key ring"));
        byte[] bytes = sealed.ciphertext();
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableSealedValueException("A sealed value is too short to be AES-GCM output");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE_BYTES), tenantId, rowId);
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new UnreadableSealedValueException("A sealed value failed its integrity check: it was altered"
                    + " or belongs to another row or tenant");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    public String openString(UUID tenantId, UUID rowId, SealedValue sealed) {
        return new String(open(tenantId, rowId, sealed), StandardCharsets.UTF_8);
    }

    /** The key new values are sealed with. */
    public String currentKeyId() {
        return keys.currentId();
    }

    /** Whether a value sealed under this key id is up to date; the others are re-encrypted by rotation. */
    public boolean isCurrent(String keyId) {
        return keys.currentId().equals(keyId);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, UUID tenantId, UUID rowId)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ByteBuffer.allocate(32)
                .putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits())
                .putLong(rowId.getMostSignificantBits()).putLong(rowId.getLeastSignificantBits())
                .array());
        return cipher;
    }
}
