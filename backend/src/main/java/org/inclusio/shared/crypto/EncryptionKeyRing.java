package org.inclusio.shared.crypto;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AES-256 keys by id; the first one is current (seals), all of them open. Built from {@code keyId:base64} or
 * {@code keyId=base64} entries by {@link EncryptionKeySources}. Messages name entries by position and valid key ids
 * only, never what was written in place of a key.
 */
final class EncryptionKeyRing {

    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private EncryptionKeyRing(Map<String, SecretKey> keys) {
        this.currentId = keys.keySet().iterator().next();
        this.keys = Collections.unmodifiableMap(keys);
    }

    /**
     * @param entries   {@code keyId<separator>base64Key}, current key first
     * @param separator between id and key
     * @param source    where the entries come from, for the messages (e.g. {@code INCLUSIO_ENCRYPTION_KEYS})
     */
    static EncryptionKeyRing parse(List<String> entries, char separator, String source) {
        var keys = new LinkedHashMap<String, SecretKey>();
        for (int index = 0; index < entries.size(); index++) {
            String entry = entries.get(index).strip();
            int at = entry.indexOf(separator);
            String position = "Entry " + (index + 1) + " of " + source;
            if (at < 0) {
                throw new EncryptionKeyConfigurationException(
                        position + " is not of the form keyId" + separator + "base64Key");
            }
            String keyId = entry.substring(0, at).strip();
            if (!KEY_ID.matcher(keyId).matches()) {
                throw new EncryptionKeyConfigurationException(position + " has an invalid key id: use 1 to 64"
                        + " letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
            if (keys.containsKey(keyId)) {
                throw new EncryptionKeyConfigurationException(
                        position + " repeats key id '" + keyId + "'; every key needs its own id");
            }
            keys.put(keyId, new SecretKeySpec(decode(entry.substring(at + 1).strip(), keyId, source), "AES"));
        }
        if (keys.isEmpty()) {
            throw new EncryptionKeyConfigurationException(source + " contains no encryption key");
        }
        return new EncryptionKeyRing(keys);
    }

    private static byte[] decode(String base64, String keyId, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes the offending character of the key, so it is not passed on.
            throw new EncryptionKeyConfigurationException(
                    "Key '" + keyId + "' of " + source + " is not valid Base64");
        }
        if (key.length != KEY_BYTES) {
            throw new EncryptionKeyConfigurationException("Key '" + keyId + "' of " + source + " is " + key.length
                    + " bytes long; AES-256 needs exactly " + KEY_BYTES + " bytes (44 Base64 characters)");
        }
        return key;
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    @Override
    public String toString() {
        return "EncryptionKeyRing[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }
}
