package org.inclusio.shared.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable secrets (client secrets, database passwords) as URL-safe text. */
public final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** @param bytes how much randomness: 32 bytes give 256 bits */
    public static String urlSafe(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
