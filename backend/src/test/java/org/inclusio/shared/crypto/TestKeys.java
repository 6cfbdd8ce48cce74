package org.inclusio.shared.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    static String base64Key(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A cipher whose key ring is {@code keyId:key,…} in the given order, the first current. */
    static FieldCipher cipher(String... entries) {
        return new FieldCipher(EncryptionKeyRing.parse(List.of(entries), ':', "test keys"));
    }
}
