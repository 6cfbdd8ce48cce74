package org.inclusio.feedback;

import org.springframework.security.access.prepost.PreAuthorize;

/** Printable posters of the current organisation's feedback channels. */
public interface FeedbackPosters {

    /** An A4 poster (PDF): QR code, short URL and a one-line invitation in every language the channel offers. */
    @PreAuthorize(FeedbackChannelService.READ)
    byte[] poster(FeedbackChannelId id);
}
