package org.inclusio.identity;

import java.util.Objects;
import java.util.UUID;

public record ApiClientId(UUID value) {

    public ApiClientId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
