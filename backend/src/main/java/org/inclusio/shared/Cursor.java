package org.inclusio.shared;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * An opaque keyset position for {@link CursorPage}: the sort value of the last row shown and its id as the
 * tie-breaker, encoded base64url without padding (safe in a URL as is). It holds sort keys only — a date, an instant,
 * a non-personal string such as a case number — never a name or anything else personal, because it travels in URLs.
 * A cursor that does not decode, or holds another kind of sort value than the list expects, is bad input for the
 * field {@code cursor} (400), never a 500.
 */
public final class Cursor {

    private static final String FIELD = "cursor";
    private static final String INVALID = "This cursor is not valid here; start again from the first page.";
    private static final int MAX_ENCODED_LENGTH = 512;

    private enum Kind { INSTANT, DATE, STRING }

    private final Kind kind;
    private final String sortValue;
    private final UUID id;

    private Cursor(Kind kind, String sortValue, UUID id) {
        this.kind = kind;
        this.sortValue = sortValue;
        this.id = id;
    }

    public static Cursor of(Instant sortValue, UUID id) {
        return new Cursor(Kind.INSTANT, sortValue.toString(), id);
    }

    public static Cursor of(LocalDate sortValue, UUID id) {
        return new Cursor(Kind.DATE, sortValue.toString(), id);
    }

    /** For non-personal string keys only (case numbers, codes): the cursor ends up in URLs and logs. */
    public static Cursor of(String sortValue, UUID id) {
        return new Cursor(Kind.STRING, sortValue, id);
    }

    /** {@code ?cursor=} of a request: empty for the first page. */
    public static Optional<Cursor> decodeIfPresent(@Nullable String encoded) {
        return encoded == null || encoded.isEmpty() ? Optional.empty() : Optional.of(decode(encoded));
    }

    public static Cursor decode(String encoded) {
        if (encoded.length() > MAX_ENCODED_LENGTH) {
            throw invalid();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = decoded.split("\\|", 3);
            if (parts.length != 3) {
                throw invalid();
            }
            Kind kind = Kind.valueOf(parts[0]);
            UUID id = UUID.fromString(parts[1]);
            Cursor cursor = new Cursor(kind, parts[2], id);
            switch (kind) {
                case INSTANT -> Instant.parse(cursor.sortValue);
                case DATE -> LocalDate.parse(cursor.sortValue);
                case STRING -> { }
            }
            if (!cursor.encode().equals(encoded)) {
                throw invalid();
            }
            return cursor;
        } catch (IllegalArgumentException | DateTimeParseException exception) {
            throw invalid();
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + "|" + id + "|" + sortValue).getBytes(StandardCharsets.UTF_8));
    }

    public UUID id() {
        return id;
    }

    /** The sort value of a cursor made with {@link #of(Instant, UUID)}; any other cursor is bad input. */
    public Instant instant() {
        return Instant.parse(expect(Kind.INSTANT));
    }

    public LocalDate date() {
        return LocalDate.parse(expect(Kind.DATE));
    }

    public String string() {
        return expect(Kind.STRING);
    }

    private String expect(Kind expected) {
        if (kind != expected) {
            throw invalid();
        }
        return sortValue;
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(FIELD, INVALID);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor cursor && kind == cursor.kind && sortValue.equals(cursor.sortValue)
                && id.equals(cursor.id);
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    /** Sort values may be case numbers; they stay out of logs all the same. */
    @Override
    public String toString() {
        return "Cursor[" + kind + "]";
    }
}
