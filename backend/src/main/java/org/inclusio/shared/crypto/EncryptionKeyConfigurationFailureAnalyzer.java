package org.inclusio.shared.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad encryption key configuration into Spring Boot's "APPLICATION FAILED TO START" report with the fix. */
class EncryptionKeyConfigurationFailureAnalyzer
        extends AbstractFailureAnalyzer<EncryptionKeyConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set INCLUSIO_ENCRYPTION_KEYS to keyId:base64Key entries separated by commas, the current key first,"
                        + " or INCLUSIO_ENCRYPTION_KEY_FILE to a file with one keyId=base64Key line per key. Create a"
                        + " key with: openssl rand -base64 32", cause);
    }
}
