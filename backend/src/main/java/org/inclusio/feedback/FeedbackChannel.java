package org.inclusio.feedback;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.time.LocalDate;

/**
 * A feedback channel as staff see it.
 *
 * @param publicToken   the unguessable token of its public links; it identifies the channel, never a person
 * @param publicUrl     the form's address for posters and QR codes
 * @param open          whether the public form takes submissions today
 * @param currentRound  the survey round today falls in (or the last one), for recurring channels
 * @param nextRoundOn   when the next survey round is due, for recurring channels
 */
public record FeedbackChannel(FeedbackChannelId id, long version, ChannelDetails details, String publicToken,
                              URI publicUrl, boolean open, @Nullable SurveyRound currentRound,
                              @Nullable LocalDate nextRoundOn) {

    /** One round of a recurring survey and whether it ran: how much feedback came in during it. */
    public record SurveyRound(LocalDate startsOn, LocalDate endsOn, long submissions) {
    }
}
