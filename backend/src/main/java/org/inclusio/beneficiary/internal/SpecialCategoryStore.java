package org.inclusio.beneficiary.internal;

import org.inclusio.beneficiary.ResidenceStatus;
import org.inclusio.beneficiary.SpecialCategoryData;
import org.inclusio.beneficiary.Vulnerability;
import org.inclusio.shared.crypto.FieldCipher;
import org.inclusio.shared.crypto.SealedValue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Seals special-category data into a case file row ({@code sealed_data}, {@code sealed_key_id}) and opens it again:
 * compact JSON, sealed by {@link FieldCipher} (AES-GCM) with the tenant and the row id as associated data, so a
 * ciphertext copied to another row or organisation does not open. Nothing special-category is ever in a column in
 * clear, and Envers' copy in {@code case_file_aud} is the same ciphertext.
 */
@Component
class SpecialCategoryStore {

    /** The sealed format, independent of the API record: short names, a version for later changes. */
    private record Plain(int v, ResidenceStatus status, List<Vulnerability> markers, @Nullable String notes) {
    }

    private static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FieldCipher cipher;

    SpecialCategoryStore(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Seals {@code data} for the row, or clears it when nothing is recorded. Unchanged data keeps its ciphertext, so
     * that saving a case file does not show special-category data as changed in its history.
     */
    void store(CaseFileEntity caseFile, UUID tenant, @Nullable SpecialCategoryData data) {
        var normalised = data == null || data.recordsNothing() ? SpecialCategoryData.NONE : new SpecialCategoryData(
                data.residenceStatus(), data.sensitiveVulnerabilities(),
                data.sensitiveNotes() == null || data.sensitiveNotes().isBlank() ? null : data.sensitiveNotes());
        if (caseFile.sealedData() != null && cipher.isCurrent(Objects.requireNonNull(caseFile.sealedKeyId()))
                && open(caseFile, tenant).equals(normalised)) {
            return;
        }
        if (normalised.equals(SpecialCategoryData.NONE)) {
            caseFile.seal(null, null);
            return;
        }
        var sealed = cipher.seal(tenant, caseFile.id(), JSON.writeValueAsBytes(new Plain(FORMAT,
                normalised.residenceStatus(), normalised.sensitiveVulnerabilities().stream().sorted().toList(),
                normalised.sensitiveNotes())));
        caseFile.seal(sealed.keyId(), sealed.ciphertext());
    }

    SpecialCategoryData open(CaseFileEntity caseFile) {
        return open(caseFile, caseFile.tenantId());
    }

    /**
     * Seals the row's data again under the current key, if it is under an older one.
     *
     * @return whether it was re-encrypted
     */
    boolean reseal(CaseFileEntity caseFile) {
        if (caseFile.sealedData() == null || cipher.isCurrent(Objects.requireNonNull(caseFile.sealedKeyId()))) {
            return false;
        }
        var plain = cipher.open(caseFile.tenantId(), caseFile.id(), sealedValue(caseFile));
        var sealed = cipher.seal(caseFile.tenantId(), caseFile.id(), plain);
        caseFile.seal(sealed.keyId(), sealed.ciphertext());
        return true;
    }

    String currentKeyId() {
        return cipher.currentKeyId();
    }

    private SpecialCategoryData open(CaseFileEntity caseFile, UUID tenant) {
        if (caseFile.sealedData() == null) {
            return SpecialCategoryData.NONE;
        }
        var plain = JSON.readValue(cipher.open(tenant, caseFile.id(), sealedValue(caseFile)), Plain.class);
        return new SpecialCategoryData(plain.status(), java.util.Set.copyOf(plain.markers()), plain.notes());
    }

    private static SealedValue sealedValue(CaseFileEntity caseFile) {
        return new SealedValue(Objects.requireNonNull(caseFile.sealedKeyId()),
                Objects.requireNonNull(caseFile.sealedData()));
    }
}
