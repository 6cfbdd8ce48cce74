package org.inclusio.shared.crypto;

/** The encryption keys are missing or malformed; start-up stops. The message never contains key material. */
class EncryptionKeyConfigurationException extends IllegalStateException {

    EncryptionKeyConfigurationException(String message) {
        super(message);
    }

    EncryptionKeyConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
