package org.inclusio.consultation;

import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A consultation as a list or a case file's timeline shows it; no notes, no outcome. */
public record ConsultationSummary(ConsultationId id, long version, ConsultationType type,
                                  ConsultationPurpose purpose, boolean participatory, LocalDate heldOn,
                                  @Nullable LocalTime startsAt, int durationMinutes, Channel channel, String language,
                                  boolean interpreterPresent, boolean interculturalWorkerPresent, List<TopicId> topics,
                                  List<CaseFileId> caseFiles, int participants) {
}
