package org.inclusio.practice;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;

/** A practice in a list or a picker. */
public record PracticeSummary(PracticeId id, String name, PracticeStatus status, LocalDate startsOn,
                              @Nullable LocalDate endsOn, int partners, Set<FundingType> fundingTypes) {
}
