package org.inclusio.feedback;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which feedback an inbox shows; every field left {@code null} (or {@code false}) does not filter. Dates are
 * inclusive.
 */
public record FeedbackFilter(@Nullable FeedbackChannelId channel, @Nullable FeedbackCategory category,
                             @Nullable Integer satisfaction, @Nullable FeedbackStatus status,
                             @Nullable String language, @Nullable LocalDate from, @Nullable LocalDate to,
                             @Nullable FeedbackType type, boolean overdueOnly,
                             @Nullable UUID practice) {

    public static final FeedbackFilter NONE = new FeedbackFilter(null, null, null, null, null, null, null, null, false,
            null);
}
