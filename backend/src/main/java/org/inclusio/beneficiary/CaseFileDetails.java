package org.inclusio.beneficiary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.identity.UserAccountId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a caseworker writes when opening or editing a case file (consent, closing and reopening have their own
 * service methods). An update replaces every field, so a {@code null} {@code specialCategory} clears it.
 *
 * @param nationalities ISO 3166-1 alpha-2 codes, upper case ({@code UA}, {@code SY})
 * @param languages ISO 639-1 codes, lower case ({@code uk}, {@code ar})
 * @param ageBand used when no {@code birthYear} is given; with a birth year the band is derived from it
 * @param vulnerabilities the markers that are not special-category data (those go into {@code specialCategory})
 * @param assignedCaseworker a member of the organisation who works with case files, or {@code null}
 */
public record CaseFileDetails(@NotBlank @Size(max = 120) String displayName,
                              @Nullable @Size(max = 200) String fullName,
                              @Nullable @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()/.-]{3,40}") String phone,
                              @Nullable @Size(max = 254) @Email String email,
                              @Nullable @Min(1900) @Max(2100) Integer birthYear,
                              @Nullable AgeBand ageBand,
                              @NotNull Gender gender,
                              @NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z]{2}") String> nationalities,
                              @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
                              @Nullable @Pattern(regexp = "[a-z]{2}") String preferredLanguage,
                              @Nullable @PastOrPresent LocalDate arrivalDate,
                              @Nullable @Min(1) @Max(99) Integer householdSize,
                              @NotNull Set<@NotNull Vulnerability> vulnerabilities,
                              @Nullable @Valid SpecialCategoryData specialCategory,
                              @Nullable UserAccountId assignedCaseworker) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public CaseFileDetails {
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        languages = languages == null ? List.of() : List.copyOf(languages);
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
    }

    /** A minimal case file: a display name, gender not stated, nothing else. */
    public static CaseFileDetails named(String displayName) {
        return new CaseFileDetails(displayName, null, null, null, null, AgeBand.NOT_STATED, Gender.NOT_STATED,
                List.of(), List.of(), null, null, null, Set.of(), null, null);
    }

    @AssertTrue(message = "must be ISO 3166-1 alpha-2 country codes")
    boolean isNationalitiesKnown() {
        return COUNTRIES.containsAll(nationalities);
    }

    @AssertTrue(message = "must be ISO 639-1 language codes")
    boolean isLanguagesKnown() {
        return LANGUAGES.containsAll(languages);
    }

    @AssertTrue(message = "must be an ISO 639-1 language code")
    boolean isPreferredLanguageKnown() {
        return preferredLanguage == null || LANGUAGES.contains(preferredLanguage);
    }

    @AssertTrue(message = "disability, serious illness and survivor of violence belong to the special-category data")
    boolean isVulnerabilitiesNotSpecialCategory() {
        return vulnerabilities.stream().noneMatch(Vulnerability::isSpecialCategory);
    }

    @AssertTrue(message = "must not be a duplicate")
    boolean isNationalitiesDistinct() {
        return nationalities.stream().distinct().count() == nationalities.size();
    }

    @AssertTrue(message = "must not be a duplicate")
    boolean isLanguagesDistinct() {
        return languages.stream().distinct().count() == languages.size();
    }
}
