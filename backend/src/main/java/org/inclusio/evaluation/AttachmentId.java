package org.inclusio.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A file attached to an evaluation as an inspiring tool. */
public record AttachmentId(@JsonValue UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
