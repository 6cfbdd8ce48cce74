package org.inclusio.shared.ui;

import com.vaadin.flow.data.provider.Query;
import org.inclusio.shared.CursorPage;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of a keyset-paged list for a lazy {@code Grid}: the grid asks by offset as it scrolls, this walks the
 * service's cursors forward and keeps the rows already fetched, so every page is asked for once and no page is
 * fetched by offset. Make a new one when the filters change.
 *
 * <pre>{@code grid.setItems(new CursorItems<>(cursor -> service.search(filters, cursor))::fetch);}</pre>
 */
public final class CursorItems<T> {

    @FunctionalInterface
    public interface Source<T> {
        CursorPage<T> page(@Nullable String cursor);
    }

    private final Source<T> source;
    private final List<T> fetched = new ArrayList<>();
    private @Nullable String nextCursor;
    private boolean exhausted;

    public CursorItems(Source<T> source) {
        this.source = source;
    }

    public Stream<T> fetch(Query<T, ?> query) {
        // "all items" asks for Integer.MAX_VALUE rows: never let offset + limit overflow
        int end = (int) Math.min((long) query.getOffset() + query.getLimit(), Integer.MAX_VALUE);
        while (fetched.size() < end && !exhausted) {
            var page = source.page(nextCursor);
            fetched.addAll(page.items());
            nextCursor = page.nextCursor();
            exhausted = nextCursor == null || page.items().isEmpty();
        }
        return fetched.subList(Math.min(query.getOffset(), fetched.size()), Math.min(end, fetched.size())).stream();
    }
}
