package org.inclusio.feedback.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a channel takes submissions. A channel without recurrence is open from {@code opensOn} to {@code closesOn}
 * (or for good). A recurring one runs a survey round every {@code recurrenceMonths} months from {@code opensOn};
 * each round is as long as the first one ({@code opensOn} to {@code closesOn}), or lasts until the next round when
 * there is no {@code closesOn}.
 */
record SurveyRounds(LocalDate opensOn, @Nullable LocalDate closesOn, @Nullable Integer recurrenceMonths) {

    record Round(LocalDate startsOn, LocalDate endsOn) {

        boolean includes(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    boolean recurring() {
        return recurrenceMonths != null;
    }

    boolean openOn(LocalDate day) {
        if (!recurring()) {
            return !day.isBefore(opensOn) && (closesOn == null || !day.isAfter(closesOn));
        }
        return latestStartedBy(day).map(round -> round.includes(day)).orElse(false);
    }

    /** The round today falls in, or the last one before it; empty before the first round and for one-off channels. */
    Optional<Round> latestStartedBy(LocalDate day) {
        if (!recurring() || day.isBefore(opensOn)) {
            return Optional.empty();
        }
        long index = ChronoUnit.MONTHS.between(opensOn, day) / recurrenceMonths;
        while (index > 0 && round(index).startsOn().isAfter(day)) {
            index--;
        }
        while (!round(index + 1).startsOn().isAfter(day)) {
            index++;
        }
        return Optional.of(round(index));
    }

    /** The start of the next round after {@code day}; {@code null} for one-off channels. */
    @Nullable LocalDate nextRoundOn(LocalDate day) {
        if (!recurring()) {
            return null;
        }
        return latestStartedBy(day).map(round -> nextStart(round.startsOn())).orElse(opensOn);
    }

    private LocalDate nextStart(LocalDate start) {
        long index = ChronoUnit.MONTHS.between(opensOn, start) / recurrenceMonths;
        while (!round(index).startsOn().isAfter(start)) {
            index++;
        }
        return round(index).startsOn();
    }

    private Round round(long index) {
        LocalDate start = opensOn.plusMonths(index * recurrenceMonths);
        LocalDate beforeNext = opensOn.plusMonths((index + 1) * recurrenceMonths).minusDays(1);
        if (closesOn == null) {
            return new Round(start, beforeNext);
        }
        LocalDate end = start.plusDays(ChronoUnit.DAYS.between(opensOn, closesOn));
        return new Round(start, end.isAfter(beforeNext) ? beforeNext : end);
    }
}
