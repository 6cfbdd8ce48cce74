package org.inclusio.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Refused unless the case file's person consented to referrals to partners.
 *
 * @param sentOn today when {@code null}; never after today
 */
public record CreateReferral(@NotNull CaseFileId caseFile, @NotNull PartnerId partner,
                             @NotBlank @Size(max = 2_000) String reason, @Nullable LocalDate sentOn) {
}
