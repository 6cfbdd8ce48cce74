package org.inclusio.beneficiary.internal;

import org.inclusio.beneficiary.SpecialCategoryData;
import org.inclusio.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Seals special-category data into a case file row and opens it again. Until the field cipher is available nothing
 * special-category can be stored at all, so nothing is ever stored in clear.
 */
@Component
class SpecialCategoryStore {

    void store(CaseFileEntity caseFile, UUID tenant, @Nullable SpecialCategoryData data, Instant now) {
        if (data != null && !data.recordsNothing()) {
            throw new InvalidInputException("specialCategory", "special-category data cannot be stored yet");
        }
        caseFile.seal(null, null, now);
    }

    /** Whether special-category data can be stored yet (only once the field cipher is available). */
    boolean canSeal() {
        return false;
    }

    SpecialCategoryData open(CaseFileEntity caseFile) {
        return SpecialCategoryData.NONE;
    }
}
