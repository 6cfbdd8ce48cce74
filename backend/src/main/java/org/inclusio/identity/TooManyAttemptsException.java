package org.inclusio.identity;

import org.inclusio.shared.InvalidInputException;

import java.time.Duration;

/**
 * Too many failed attempts at a password: the caller must wait. The API answers {@code 429} with {@code Retry-After};
 * as an {@link InvalidInputException} of the password field, forms show it next to that field.
 */
public class TooManyAttemptsException extends InvalidInputException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String field, Duration retryAfter) {
        super(field, "too many failed attempts; try again in " + minutes(retryAfter) + " min");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** Whole seconds to wait, rounded up, at least one ({@code Retry-After}). */
    public static long seconds(Duration wait) {
        return Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    }
}
