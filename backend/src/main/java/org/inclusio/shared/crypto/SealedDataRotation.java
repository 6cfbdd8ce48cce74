package org.inclusio.shared.crypto;

/**
 * Implemented by every feature that stores {@link SealedValue}s, so that the rotation command
 * ({@code --inclusio.encryption.rotate}) can re-encrypt them under the current key.
 */
public interface SealedDataRotation {

    /** A short name for the log, e.g. {@code "beneficiary case files"}; no data. */
    String name();

    /**
     * Re-encrypts every sealed value whose key is not {@link FieldCipher#isCurrent(String) current}: open with the
     * old key, seal with the current one, save. Runs outside any request, so the implementation sets up the tenant
     * context it needs for each row itself.
     *
     * @return how many values were re-encrypted; 0 means nothing uses an old key any more
     */
    long resealAll(FieldCipher cipher);
}
