package org.inclusio.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A need domain of one organisation. */
public record NeedDomainId(@JsonValue UUID value) {

    public NeedDomainId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
