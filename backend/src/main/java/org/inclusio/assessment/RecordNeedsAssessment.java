package org.inclusio.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An individual needs assessment as recorded or corrected; collections left out (or {@code null}) are empty. Beyond
 * the format checks the service refuses, field by field: a date after today, a reassessment date not after the
 * assessment, a domain given twice or unknown, a goal's unknown domain, {@code otherBarrier} without
 * {@link Barrier#OTHER}, an unknown or closed case file, another case file in a correction, and sensitive domains
 * from a role that may not see special-category data.
 *
 * @param language         ISO 639 code of the language the assessment was held in
 * @param needs            one entry per domain assessed
 * @param reassessmentDue  when the person should be assessed again; {@code null} for the organisation's default
 *                         interval after {@code assessedOn}
 * @param practiceId       the practice the assessment belongs to
 */
public record RecordNeedsAssessment(
        @NotNull CaseFileId caseFile,
        @NotNull LocalDate assessedOn,
        @NotNull AssessmentMethod method,
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{inclusio.iso639}") String language,
        @Size(max = 30) List<@NotNull @Valid NeedEntry> needs,
        Set<@NotNull Barrier> barriers,
        @Nullable @Size(max = 500) String otherBarrier,
        @Valid Capacities capacities,
        @Size(max = 30) List<@NotNull @Valid GoalEntry> goals,
        @Nullable LocalDate reassessmentDue,
        @Nullable UUID practiceId) {

    @SuppressWarnings("ConstantValue")
    public RecordNeedsAssessment {
        needs = needs == null ? List.of() : List.copyOf(needs);
        barriers = barriers == null ? Set.of() : Set.copyOf(barriers);
        otherBarrier = otherBarrier == null || otherBarrier.isBlank() ? null : otherBarrier.strip();
        capacities = capacities == null ? Capacities.NONE : capacities;
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
