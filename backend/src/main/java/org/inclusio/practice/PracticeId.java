package org.inclusio.practice;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A practice (project, service, programme) of an organisation. */
public record PracticeId(@JsonValue UUID value) {

    public PracticeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
