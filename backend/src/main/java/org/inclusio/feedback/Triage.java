package org.inclusio.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * The triage state staff set on a piece of feedback, all at once (a {@code PUT} with {@code If-Match}). The status
 * moves forward along received → acknowledged → in review → answered → closed; answering needs a public reply.
 * Referral has its own call.
 */
public record Triage(@NotNull FeedbackStatus status, @Nullable UUID assignee, @Nullable FeedbackType type,
                     @Nullable FeedbackCodeId code, @Nullable @Size(max = 4000) String publicReply,
                     @Nullable YouSaidWeDidId youSaidWeDid) {
}
