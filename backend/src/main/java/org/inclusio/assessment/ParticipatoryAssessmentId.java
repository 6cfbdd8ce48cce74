package org.inclusio.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A participatory (community) assessment. */
public record ParticipatoryAssessmentId(@JsonValue UUID value) {

    public ParticipatoryAssessmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
