package org.inclusio.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A consultation as logged or corrected; collections and flags left out (or {@code null}) are empty or false. Beyond the format checks
 * here the service refuses, field by field: an individual type without a case file or with group counts, an amount
 * without the {@link Accommodation#COMPENSATION} accommodation, a date after today, unknown topics or case files, a
 * gender × age band cell or stakeholder type given twice, and a group consultation without anyone in it.
 *
 * @param language ISO 639 code of the language the consultation was held in
 * @param caseFiles the case files it was about (individual types, at least one) or the registered participants
 * @param headcounts anonymous participants by gender × age band (group types); zero cells are not stored
 * @param confidentialNotes readable only by caseworkers, managers, protection focal points and the author; an
 *                          update by someone who may not read them leaves them unchanged
 * @param practiceId the practice this consultation belongs to
 */
public record LogConsultation(
        @NotNull ConsultationType type,
        @NotNull ConsultationPurpose purpose,
        @NotNull LocalDate heldOn,
        @Nullable LocalTime startsAt,
        @NotNull @Min(1) @Max(1440) Integer durationMinutes,
        @NotNull Channel channel,
        @Nullable @Size(max = 200) String place,
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{inclusio.iso639}") String language,
        Boolean interpreterPresent,
        Boolean interculturalWorkerPresent,
        @Size(max = 20) Set<@NotNull TopicId> topics,
        @Size(max = 500) Set<@NotNull CaseFileId> caseFiles,
        @Size(max = 28) List<@NotNull @Valid Headcount> headcounts,
        @Valid ReceivingSocietyCounts receivingSociety,
        @Size(max = 4) List<@NotNull @Valid StakeholderCount> stakeholders,
        @Nullable @Size(max = 10_000) String confidentialNotes,
        @Nullable @Size(max = 4_000) String outcome,
        Set<@NotNull Accommodation> accommodations,
        @Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal compensationAmount,
        @Nullable UUID practiceId) {

    @SuppressWarnings("ConstantValue")
    public LogConsultation {
        interpreterPresent = interpreterPresent != null && interpreterPresent;
        interculturalWorkerPresent = interculturalWorkerPresent != null && interculturalWorkerPresent;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        caseFiles = caseFiles == null ? Set.of() : Set.copyOf(caseFiles);
        headcounts = headcounts == null ? List.of() : List.copyOf(headcounts);
        receivingSociety = receivingSociety == null ? ReceivingSocietyCounts.NONE : receivingSociety;
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        accommodations = accommodations == null ? Set.of() : Set.copyOf(accommodations);
        place = blankToNull(place);
        confidentialNotes = blankToNull(confidentialNotes);
        outcome = blankToNull(outcome);
    }

    /** The same consultation, in {@code practice}. */
    public LogConsultation withPractice(@Nullable UUID practice) {
        return new LogConsultation(type, purpose, heldOn, startsAt, durationMinutes, channel, place, language,
                interpreterPresent, interculturalWorkerPresent, topics, caseFiles, headcounts, receivingSociety,
                stakeholders, confidentialNotes, outcome, accommodations, compensationAmount, practice);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
