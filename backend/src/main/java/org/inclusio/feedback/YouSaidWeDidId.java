package org.inclusio.feedback;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A published "you said, we did" entry. */
public record YouSaidWeDidId(@JsonValue UUID value) {

    public YouSaidWeDidId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
