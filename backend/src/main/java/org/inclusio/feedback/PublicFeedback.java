package org.inclusio.feedback;

import jakarta.validation.Valid;

import java.util.Optional;

/**
 * The anonymous side of feedback, for the public pages and their JSON twin: no authentication, the organisation comes
 * from the channel's public token or the receipt code (through directory tables that hold no personal data), and
 * nothing stored identifies the person or the device.
 */
public interface PublicFeedback {

    Optional<PublicChannel> channel(String publicToken);

    /**
     * Takes in one submission, stored with the day only.
     *
     * @throws org.inclusio.shared.NotFoundException     for an unknown token
     * @throws org.inclusio.shared.InvalidInputException for a closed channel, a language it does not offer or an
     *                                                   answer that does not fit its question
     */
    Receipt submit(String publicToken, IntakeChannel intake, @Valid FeedbackForm form);

    /**
     * As {@link #submit}, for a collector that may send the same submission again (an offline app retrying): the
     * first call with {@code idempotencyKey} stores the feedback; every later one with the same key and the same form
     * answers the same receipt and stores nothing. The key is remembered for a few days, as a hash.
     *
     * @throws org.inclusio.shared.InvalidInputException also when the key was used for a different submission
     */
    Receipt submitOnce(String publicToken, IntakeChannel intake, @Valid FeedbackForm form, String idempotencyKey);

    /** The status of the feedback behind a receipt code; empty for a code that matches nothing. */
    Optional<ReceiptStatus> status(String receiptCode);
}
