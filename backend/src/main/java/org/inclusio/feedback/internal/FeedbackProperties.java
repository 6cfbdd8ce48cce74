package org.inclusio.feedback.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * Anonymous feedback.
 *
 * @param publicBaseUrl     where people reach Inclusio: the start of every channel's public link and QR code, and of
 *                          the link in focal point alerts ({@code INCLUSIO_FEEDBACK_PUBLIC_BASE_URL}); by default the
 *                          invitation links' base
 * @param submissionKeyDays how many days an offline collector's {@code Idempotency-Key} is remembered
 * @param mailFrom          the sender of focal point alerts ({@code INCLUSIO_FEEDBACK_MAIL_FROM}); by default the
 *                          invitations' sender. Mail is sent only when {@code spring.mail.host} is set
 */
@ConfigurationProperties("inclusio.feedback")
record FeedbackProperties(URI publicBaseUrl, @DefaultValue("2") int submissionKeyDays,
                          @DefaultValue("inclusio@localhost") String mailFrom) {

    URI formUrl(String publicToken) {
        return URI.create(base() + "/f/" + publicToken);
    }

    /** Where staff open the inbox. */
    String staffUrl() {
        return base() + "/";
    }

    private String base() {
        return publicBaseUrl.toString().replaceAll("/+$", "");
    }
}
