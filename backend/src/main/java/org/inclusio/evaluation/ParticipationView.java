package org.inclusio.evaluation;

import org.inclusio.consultation.ConsultationId;
import org.inclusio.feedback.FeedbackChannelId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The participation of an evaluation as shown with it.
 *
 * @param channelName           the feedback channel's name, if one is attached
 * @param workshopOn            the day of the evaluation workshop, if one is recorded
 * @param workshopParticipants  how many took part in it
 */
public record ParticipationView(@Nullable FeedbackChannelId feedbackChannel, @Nullable String channelName,
                                @Nullable ConsultationId workshop, @Nullable LocalDate workshopOn,
                                int workshopParticipants) {

    public static final ParticipationView NONE = new ParticipationView(null, null, null, null, 0);
}
