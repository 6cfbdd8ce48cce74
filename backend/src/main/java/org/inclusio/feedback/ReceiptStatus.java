package org.inclusio.feedback;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What a receipt code shows: where the feedback is and the organisation's public reply; nothing staff wrote
 * internally.
 *
 * @param referredTo the organisation the feedback was referred to, when it was
 */
public record ReceiptStatus(String organisationName, LocalDate receivedOn, FeedbackStatus status,
                            LocalDate answerExpectedBy, @Nullable String publicReply, @Nullable LocalDate repliedOn,
                            @Nullable String referredTo) {
}
