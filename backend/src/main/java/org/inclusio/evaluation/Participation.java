package org.inclusio.evaluation;

import org.inclusio.consultation.ConsultationId;
import org.inclusio.feedback.FeedbackChannelId;
import org.jspecify.annotations.Nullable;

/**
 * How the people concerned took part in the evaluation itself. The service refuses a channel or consultation the
 * organisation does not have, and a workshop that was not a participatory consultation.
 *
 * @param feedbackChannel the channel that collects beneficiaries' views of the practice for this evaluation
 * @param workshop        the participatory consultation (the evaluation workshop) that discussed it
 */
public record Participation(@Nullable FeedbackChannelId feedbackChannel, @Nullable ConsultationId workshop) {
}
