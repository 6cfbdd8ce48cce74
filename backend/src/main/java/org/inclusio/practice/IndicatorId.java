package org.inclusio.practice;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** An indicator of a practice's results framework. */
public record IndicatorId(@JsonValue UUID value) {

    public IndicatorId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
