package org.inclusio.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.Headcount;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A participatory assessment as recorded or corrected; collections left out are empty, zero counts are not stored.
 * Beyond the format checks the service refuses, field by field: a period that ends before it starts, a gender × age
 * band cell or group given twice, unknown consultations or domains, and an action dated after today.
 *
 * @param participants anonymous participants by gender × age band
 * @param groups       participants by the group they spoke for (another breakdown of the same people)
 * @param languages    ISO 639 codes of the languages used
 * @param consultations the group consultations (focus groups, round tables, …) that carried it out
 * @param practiceId   the practice it belongs to
 */
public record RecordParticipatoryAssessment(
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 4000) String summary,
        @Nullable UUID practiceId,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @NotEmpty Set<@NotNull ParticipatoryMethod> methods,
        @Size(max = 28) List<@NotNull @Valid Headcount> participants,
        @Size(max = 6) List<@NotNull @Valid ParticipantCount> groups,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{inclusio.iso639}") String> languages,
        @Size(max = 100) Set<@NotNull ConsultationId> consultations,
        @Size(max = 200) List<@NotNull @Valid Finding> findings) {

    @SuppressWarnings("ConstantValue")
    public RecordParticipatoryAssessment {
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        methods = methods == null ? Set.of() : Set.copyOf(methods);
        participants = participants == null ? List.of() : List.copyOf(participants);
        groups = groups == null ? List.of() : List.copyOf(groups);
        languages = languages == null ? List.of() : List.copyOf(languages);
        consultations = consultations == null ? Set.of() : Set.copyOf(consultations);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
