package org.inclusio.shared.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value sealed by {@link FieldCipher}: the id of the key it was sealed with and {@code nonce || ciphertext+tag}.
 * Features store both next to each other (e.g. a {@code key_id} text column and a {@code bytea} column).
 */
public record SealedValue(String keyId, byte[] ciphertext) {

    public SealedValue {
        Objects.requireNonNull(keyId, "keyId");
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedValue that && keyId.equals(that.keyId)
                && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedValue[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
