package org.inclusio.identity.internal;

import org.inclusio.shared.security.RandomSecrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Invitation link tokens: 256 random bits, stored only as their SHA-256 hash. A fast hash is enough for a secret
 * that cannot be guessed, and it lets the link page find the invitation by the hash.
 */
final class InvitationTokens {

    private InvitationTokens() {
    }

    static String newToken() {
        return RandomSecrets.urlSafe(32);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
