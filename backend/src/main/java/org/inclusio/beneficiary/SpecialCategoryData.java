package org.inclusio.beneficiary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * The part of a case file that is special-category data (GDPR art. 9): residence status, health- and
 * violence-related vulnerability markers and free-text notes. Sealed at rest (AES-GCM, associated data tenant + row
 * id) and given only to caseworkers, managers and protection focal points; for every other role the whole object is
 * {@code null} on {@link CaseFile} and absent from the API's JSON.
 */
public record SpecialCategoryData(@NotNull ResidenceStatus residenceStatus,
                                  @NotNull Set<@NotNull Vulnerability> sensitiveVulnerabilities,
                                  @Nullable @Size(max = 4000) String sensitiveNotes) {

    public static final SpecialCategoryData NONE = new SpecialCategoryData(ResidenceStatus.NOT_STATED, Set.of(), null);

    public SpecialCategoryData {
        sensitiveVulnerabilities = sensitiveVulnerabilities == null ? Set.of() : Set.copyOf(sensitiveVulnerabilities);
    }

    @AssertTrue(message = "only disability, serious illness and survivor of violence belong here")
    boolean isOnlySpecialCategoryVulnerabilities() {
        return sensitiveVulnerabilities.stream().allMatch(Vulnerability::isSpecialCategory);
    }

    /** Whether nothing was recorded: then nothing is sealed and stored. */
    public boolean recordsNothing() {
        return residenceStatus == ResidenceStatus.NOT_STATED && sensitiveVulnerabilities.isEmpty()
                && (sensitiveNotes == null || sensitiveNotes.isBlank());
    }
}
