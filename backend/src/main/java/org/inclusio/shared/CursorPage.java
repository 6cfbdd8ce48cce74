package org.inclusio.shared;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answered with keyset paging: {@code {"items": [...], "nextCursor": "…" | null}}. The next page
 * is asked for with {@code ?cursor=<nextCursor>}; {@code null} means this is the last page.
 */
public record CursorPage<T>(List<T> items, @Nullable String nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
    }

    /**
     * The page from rows fetched with {@code LIMIT limit + 1}: the extra row only tells that there is a next page,
     * which then starts after the last row shown.
     *
     * @param positionOf the keyset position of a row, e.g. {@code row -> Cursor.of(row.occurredAt(), row.id().value())}
     */
    public static <T> CursorPage<T> of(List<T> rowsFetched, int limit, Function<T, Cursor> positionOf) {
        if (rowsFetched.size() <= limit) {
            return new CursorPage<>(rowsFetched, null);
        }
        List<T> items = rowsFetched.subList(0, limit);
        return new CursorPage<>(items, positionOf.apply(items.getLast()).encode());
    }
}
