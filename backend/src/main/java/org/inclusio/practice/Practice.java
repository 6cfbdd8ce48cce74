package org.inclusio.practice;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A practice with its partners, funding and objectives; its indicators are read with {@link IndicatorService}. */
public record Practice(PracticeId id, long version, String name, @Nullable String description,
                       List<String> targetGroups, List<String> languages, LocalDate startsOn,
                       @Nullable LocalDate endsOn, PracticeStatus status, List<PracticePartner> partners,
                       List<Funding> funding, List<Objective> objectives, Instant createdAt, Instant updatedAt) {
}
