package org.inclusio.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** An evaluation of a practice. */
public record EvaluationId(@JsonValue UUID value) {

    public EvaluationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
