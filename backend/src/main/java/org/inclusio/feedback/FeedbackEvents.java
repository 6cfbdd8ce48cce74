package org.inclusio.feedback;

import org.inclusio.tenant.TenantId;

import java.time.LocalDate;
import java.util.UUID;

/** What other features hear from feedback: monitoring and evaluation count it, audit records sensitive reads. */
public final class FeedbackEvents {

    private FeedbackEvents() {
    }

    /** Feedback came in; {@code sensitive} ones alert the protection focal points. Carries no content. */
    public record FeedbackReceived(TenantId organisation, FeedbackId feedback, FeedbackChannelId channel,
                                   LocalDate receivedOn, boolean sensitive) {
    }

    /** The organisation answered a piece of feedback publicly. */
    public record FeedbackResponded(TenantId organisation, FeedbackId feedback, LocalDate receivedOn,
                                    LocalDate answeredOn) {
    }

    /** A protection focal point opened a sensitive report; audited. */
    public record SensitiveFeedbackViewed(TenantId organisation, FeedbackId feedback, UUID viewer) {
    }
}
