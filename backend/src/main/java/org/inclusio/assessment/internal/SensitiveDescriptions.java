package org.inclusio.assessment.internal;

import org.inclusio.shared.crypto.FieldCipher;
import org.inclusio.shared.crypto.SealedValue;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Seals the descriptions of an assessment's sensitive domains (health, mental health, safety) into its row and opens
 * them again: compact JSON, sealed by {@link FieldCipher} (AES-GCM) with the tenant and the assessment id as
 * associated data, like a case file's special-category data. Levels and statuses stay in clear for the statistics.
 */
@Component
class SensitiveDescriptions {

    /** The sealed format: a version for later changes, then domain id → description. */
    private record Plain(int v, Map<UUID, String> descriptions) {
    }

    private static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FieldCipher cipher;

    SensitiveDescriptions(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** Seals {@code descriptions} (domain id → text), or clears the sealed data when there are none. */
    void store(NeedsAssessmentEntity assessment, Map<UUID, String> descriptions) {
        if (descriptions.isEmpty()) {
            assessment.seal(null, null);
            return;
        }
        var sealed = cipher.seal(assessment.tenantId(), assessment.id(),
                JSON.writeValueAsBytes(new Plain(FORMAT, new TreeMap<>(descriptions))));
        assessment.seal(sealed.keyId(), sealed.ciphertext());
    }

    /** Domain id → description; empty when nothing is sealed. */
    Map<UUID, String> open(NeedsAssessmentEntity assessment) {
        if (assessment.sealedData() == null) {
            return Map.of();
        }
        return JSON.readValue(cipher.open(assessment.tenantId(), assessment.id(), sealedValue(assessment)),
                Plain.class).descriptions();
    }

    /** Seals again under the current key; false when it already was. */
    boolean reseal(NeedsAssessmentEntity assessment) {
        if (assessment.sealedData() == null || cipher.isCurrent(Objects.requireNonNull(assessment.sealedKeyId()))) {
            return false;
        }
        var plain = cipher.open(assessment.tenantId(), assessment.id(), sealedValue(assessment));
        var sealed = cipher.seal(assessment.tenantId(), assessment.id(), plain);
        assessment.seal(sealed.keyId(), sealed.ciphertext());
        return true;
    }

    String currentKeyId() {
        return cipher.currentKeyId();
    }

    private static SealedValue sealedValue(NeedsAssessmentEntity assessment) {
        return new SealedValue(Objects.requireNonNull(assessment.sealedKeyId()),
                Objects.requireNonNull(assessment.sealedData()));
    }
}
