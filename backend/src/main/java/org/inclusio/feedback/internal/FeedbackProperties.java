package org.inclusio.feedback.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * Anonymous feedback.
 *
 * @param publicBaseUrl        where people reach the public form, the start of every channel's link and QR code
 *                             ({@code INCLUSIO_FEEDBACK_PUBLIC_BASE_URL}); by default the invitation links' base
 * @param submissionKeyDays    how many days an offline collector's {@code Idempotency-Key} is remembered
 */
@ConfigurationProperties("inclusio.feedback")
record FeedbackProperties(URI publicBaseUrl, @DefaultValue("2") int submissionKeyDays) {

    URI formUrl(String publicToken) {
        return URI.create(publicBaseUrl.toString().replaceAll("/+$", "") + "/f/" + publicToken);
    }
}
