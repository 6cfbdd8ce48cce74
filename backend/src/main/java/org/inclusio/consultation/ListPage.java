package org.inclusio.consultation;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One page of a keyset-paged list, {@code {"items": [...], "nextCursor": "…" | null}}: ask for the next page with
 * {@code nextCursor}; {@code null} means this is the last page. The cursor is opaque.
 */
public record ListPage<T>(List<T> items, @Nullable String nextCursor) {

    public ListPage {
        items = List.copyOf(items);
    }
}
