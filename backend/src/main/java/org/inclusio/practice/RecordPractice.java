package org.inclusio.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A practice as recorded or corrected; lists left out are empty. Beyond the format checks the service refuses, field
 * by field: a name another practice has, an end before the start, a funding period that ends before it starts, an
 * amount without its currency (or the other way round), an objective id the practice does not have, and removing an
 * objective that still has indicators.
 *
 * @param targetGroups who the practice is for, in the organisation's words (e.g. "migrant clients", "clerks")
 * @param languages    ISO 639 codes of the languages the practice works in
 */
public record RecordPractice(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 4000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> targetGroups,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{inclusio.iso639}") String> languages,
        @NotNull LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @NotNull PracticeStatus status,
        @Size(max = 50) List<@NotNull @Valid PracticePartner> partners,
        @Size(max = 20) List<@NotNull @Valid Funding> funding,
        @Size(max = 20) List<@NotNull @Valid Objective> objectives) {

    @SuppressWarnings("ConstantValue")
    public RecordPractice {
        name = name == null ? null : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        targetGroups = targetGroups == null ? List.of() : targetGroups.stream()
                .map(group -> group == null ? null : group.strip()).toList();
        languages = languages == null ? List.of() : List.copyOf(languages);
        partners = partners == null ? List.of() : List.copyOf(partners);
        funding = funding == null ? List.of() : List.copyOf(funding);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
