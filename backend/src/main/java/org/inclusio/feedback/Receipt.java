package org.inclusio.feedback;

import java.time.LocalDate;

/**
 * What the person keeps after submitting: the receipt code is shown once and stored only as a hash.
 *
 * @param receiptCode    at least 128 random bits, in groups for copying
 * @param answerExpectedBy the day the organisation promises an answer by
 */
public record Receipt(String receiptCode, LocalDate answerExpectedBy) {
}
