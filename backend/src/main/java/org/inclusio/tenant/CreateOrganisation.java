package org.inclusio.tenant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * @param slug lower-case letters, digits and hyphens; appears in URLs of the public feedback pages
 * @param country ISO 3166-1 alpha-2 code
 * @param defaultLanguage BCP 47 tag; must be one of {@code languages}
 * @param smallCellThreshold k: aggregates show no cell below it; never lower than 5
 */
public record CreateOrganisation(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 63) @Pattern(regexp = Organisations.SLUG_PATTERN, message = "{inclusio.slug}") String slug,
        @NotNull OrganisationType type,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{inclusio.country}") String country,
        @NotBlank @Pattern(regexp = Organisations.LANGUAGE_PATTERN, message = "{inclusio.language}") String defaultLanguage,
        @NotEmpty @Size(max = 40) List<@Pattern(regexp = Organisations.LANGUAGE_PATTERN, message = "{inclusio.language}") String> languages,
        @Min(5) @Max(1000) int smallCellThreshold,
        @Min(1) @Max(1200) int retentionMonths) {
}
