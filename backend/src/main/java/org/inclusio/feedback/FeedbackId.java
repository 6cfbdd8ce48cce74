package org.inclusio.feedback;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One piece of feedback, whoever took it in. */
public record FeedbackId(@JsonValue UUID value) {

    public FeedbackId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
