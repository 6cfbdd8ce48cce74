package org.inclusio.consultation;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One entry of a case file's timeline: exactly one of {@code consultation}, {@code followUp} and {@code referral} is
 * set, as {@code kind} says. {@code date} is when the consultation was held, the follow-up is due or the referral was
 * sent.
 */
public record TimelineEntry(Kind kind, LocalDate date, @Nullable ConsultationSummary consultation,
                            @Nullable FollowUp followUp, @Nullable Referral referral) {

    public enum Kind { CONSULTATION, FOLLOW_UP, REFERRAL }

    public static TimelineEntry of(ConsultationSummary consultation) {
        return new TimelineEntry(Kind.CONSULTATION, consultation.heldOn(), consultation, null, null);
    }

    public static TimelineEntry of(FollowUp followUp) {
        return new TimelineEntry(Kind.FOLLOW_UP, followUp.dueOn(), null, followUp, null);
    }

    public static TimelineEntry of(Referral referral) {
        return new TimelineEntry(Kind.REFERRAL, referral.sentOn(), null, null, referral);
    }
}
