package org.inclusio.feedback;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A feedback channel (form, QR code, poster) of an organisation. */
public record FeedbackChannelId(@JsonValue UUID value) {

    public FeedbackChannelId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
