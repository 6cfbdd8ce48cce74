package org.inclusio.beneficiary;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A row of the case file list: nothing special-category, nothing beyond what a list needs. */
public record CaseFileSummary(CaseFileId id, String caseNumber, String displayName, Gender gender, AgeBand ageBand,
                              List<String> nationalities, List<String> languages,
                              @Nullable String preferredLanguage, @Nullable AssignedCaseworker assignedCaseworker,
                              CaseFileStatus status, Set<ConsentPurpose> consentsInForce, Instant updatedAt) {
}
