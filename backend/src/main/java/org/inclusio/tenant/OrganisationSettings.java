package org.inclusio.tenant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What an organisation administrator may change about their organisation. Slug, type and country stay as the
 * platform administrator created them: the slug is in public links, the type decides which checklist items apply.
 */
public record OrganisationSettings(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = Organisations.LANGUAGE_PATTERN, message = "{inclusio.language}") String defaultLanguage,
        @NotEmpty @Size(max = 40) List<@Pattern(regexp = Organisations.LANGUAGE_PATTERN, message = "{inclusio.language}") String> languages,
        @Min(5) @Max(1000) int smallCellThreshold,
        @Min(1) @Max(1200) int retentionMonths) {

    public static OrganisationSettings of(Organisation organisation) {
        return new OrganisationSettings(organisation.name(), organisation.defaultLanguage(), organisation.languages(),
                organisation.smallCellThreshold(), organisation.retentionMonths());
    }
}
