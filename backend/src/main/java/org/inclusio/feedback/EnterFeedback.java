package org.inclusio.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/**
 * Feedback staff received on paper, by phone or in person and type in, under the same anonymity rules as the public
 * form: the form's fields only, no name, no contact.
 */
public record EnterFeedback(@NotNull FeedbackChannelId channel, @NotNull IntakeChannel intake,
                            @NotNull @PastOrPresent LocalDate receivedOn, @NotNull @Valid FeedbackForm form) {
}
