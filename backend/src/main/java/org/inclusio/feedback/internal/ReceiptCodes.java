package org.inclusio.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes: 28 characters of Crockford's base32 (140 random bits), shown in groups of four
 * ({@code K7QF-2MXD-…}). Typed back in any case, with or without dashes and spaces, and with O, I and L read as 0, 1
 * and 1. Only the SHA-256 of the normalised code is stored.
 */
final class ReceiptCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 28;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    /** A fresh code, grouped for reading and copying. */
    static String generate() {
        var code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, normalised; empty when it cannot be a receipt code at all. */
    static Optional<String> normalise(String typed) {
        if (typed.length() > 3 * LENGTH) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** SHA-256 of the normalised code: what is stored and looked up. */
    static byte[] hash(String normalisedCode) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalisedCode.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
