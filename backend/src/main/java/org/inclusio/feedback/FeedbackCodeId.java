package org.inclusio.feedback;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A code of an organisation's coding framework. */
public record FeedbackCodeId(@JsonValue UUID value) {

    public FeedbackCodeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
