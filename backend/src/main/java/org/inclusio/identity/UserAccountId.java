package org.inclusio.identity;

import java.util.Objects;
import java.util.UUID;

public record UserAccountId(UUID value) {

    public UserAccountId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
