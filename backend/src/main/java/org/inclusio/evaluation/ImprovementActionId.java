package org.inclusio.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** An improvement action raised by an evaluation. */
public record ImprovementActionId(@JsonValue UUID value) {

    public ImprovementActionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
