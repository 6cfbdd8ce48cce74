package org.inclusio.beneficiary;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A case file as its reader may see it. {@code specialCategory} is {@code null} for roles that may not see
 * special-category data (intercultural workers, organisation admins) and then absent from JSON; for the others it
 * is never {@code null} ({@link SpecialCategoryData#NONE} when nothing was recorded).
 *
 * @param vulnerabilities the markers that are not special-category data
 * @param anonymisedAt when identifying fields were erased (erasure or retention), else {@code null}
 */
public record CaseFile(CaseFileId id, long version, String caseNumber, String displayName,
                       @Nullable String fullName, @Nullable String phone, @Nullable String email,
                       @Nullable Integer birthYear, AgeBand ageBand, Gender gender,
                       List<String> nationalities, List<String> languages, @Nullable String preferredLanguage,
                       @Nullable LocalDate arrivalDate, @Nullable Integer householdSize,
                       Set<Vulnerability> vulnerabilities,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SpecialCategoryData specialCategory,
                       @Nullable AssignedCaseworker assignedCaseworker, CaseFileStatus status,
                       @Nullable ClosingReason closingReason, @Nullable LocalDate closedOn,
                       List<Consent> consents, Instant createdAt, Instant updatedAt, @Nullable Instant anonymisedAt) {

    public boolean hasConsent(ConsentPurpose purpose) {
        return consents.stream().anyMatch(consent -> consent.purpose() == purpose && consent.inForce());
    }

    /** The command that would save this case file unchanged, as a starting point for an edit. */
    public CaseFileDetails toDetails() {
        return new CaseFileDetails(displayName, fullName, phone, email, birthYear, ageBand, gender, nationalities,
                languages, preferredLanguage, arrivalDate, householdSize, vulnerabilities, specialCategory,
                assignedCaseworker == null ? null : assignedCaseworker.id());
    }
}
