package org.inclusio.shared.statistics;

import org.jspecify.annotations.Nullable;

/** One cell of a breakdown: a key (a code, a language, a month) and its count, {@code null} when suppressed. */
public record Cell(String key, @Nullable Long count) {

    public boolean suppressed() {
        return count == null;
    }
}
