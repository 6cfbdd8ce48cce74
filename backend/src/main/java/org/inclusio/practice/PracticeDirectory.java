package org.inclusio.practice;

import org.inclusio.shared.InvalidInputException.FieldError;
import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.UUID;

/**
 * For the features whose records refer to a practice: whether the reference is good, without a role check (the
 * caller's own service has done that).
 */
public interface PracticeDirectory {

    /** Whether the current organisation has this practice. */
    boolean exists(PracticeId id);

    /** The problem with a reference to a practice the organisation does not have; empty for none or a good one. */
    default Optional<FieldError> problemWith(@Nullable UUID practice, String field) {
        return practice == null || exists(new PracticeId(practice)) ? Optional.empty()
                : Optional.of(new FieldError(field, "names a practice this organisation does not have"));
    }
}
