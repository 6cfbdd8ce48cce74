package org.inclusio.practice;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** An objective of a practice's results framework. */
public record ObjectiveId(@JsonValue UUID value) {

    public ObjectiveId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
