package org.inclusio.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A version of a good-practice framework, shipped or an organisation's own. */
public record FrameworkId(@JsonValue UUID value) {

    public FrameworkId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
