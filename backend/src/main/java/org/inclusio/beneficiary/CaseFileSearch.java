package org.inclusio.beneficiary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.identity.UserAccountId;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the case file list; every {@code null} filter matches everything.
 *
 * @param text part of the case number, the display name or the full name (case-insensitive)
 * @param nationality an ISO 3166-1 alpha-2 code the person holds
 * @param language an ISO 639-1 code the person speaks
 */
public record CaseFileSearch(@Nullable @Size(max = 100) String text, @Nullable CaseFileStatus status,
                             @Nullable UserAccountId caseworker,
                             @Nullable @Pattern(regexp = "[A-Z]{2}") String nationality,
                             @Nullable @Pattern(regexp = "[a-z]{2}") String language) {

    public static final CaseFileSearch ALL = new CaseFileSearch(null, null, null, null, null);
}
