package org.inclusio.feedback;

import org.jspecify.annotations.Nullable;

/**
 * Feedback through a practice's channels received in a period: counts only.
 *
 * @param answered           of those received, how many have a public answer
 * @param medianDaysToAnswer over those answered; {@code null} when none is
 * @param channels           the practice's channels (open or not)
 */
public record PracticeFeedbackCounts(long received, long answered, @Nullable Double medianDaysToAnswer,
                                     long channels) {
}
