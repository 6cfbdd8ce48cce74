package org.inclusio.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** An individual needs assessment. */
public record NeedsAssessmentId(@JsonValue UUID value) {

    public NeedsAssessmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
