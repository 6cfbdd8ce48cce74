package org.inclusio.consultation;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One consultation with everything its reader may see.
 *
 * @param participants everyone reached: linked case files, anonymous headcounts, receiving society and stakeholders
 * @param confidentialNotes {@code null} when there are none or when {@code confidentialNotesWithheld}
 * @param confidentialNotesWithheld the reader may not see the notes (neither caseworker, manager, protection focal
 *                                  point nor the author); says nothing about whether there are any
 * @param recordedBy the person or machine client who logged it
 */
public record Consultation(ConsultationId id, long version, ConsultationType type, ConsultationPurpose purpose,
                           boolean participatory, LocalDate heldOn, @Nullable LocalTime startsAt, int durationMinutes,
                           Channel channel, @Nullable String place, String language, boolean interpreterPresent,
                           boolean interculturalWorkerPresent, List<TopicId> topics, List<LinkedCaseFile> caseFiles,
                           List<Headcount> headcounts, ReceivingSocietyCounts receivingSociety,
                           List<StakeholderCount> stakeholders, int participants, @Nullable String confidentialNotes,
                           boolean confidentialNotesWithheld, @Nullable String outcome,
                           Set<Accommodation> accommodations, @Nullable BigDecimal compensationAmount,
                           @Nullable UUID practiceId, UUID recordedBy, Instant createdAt, Instant updatedAt) {
}
