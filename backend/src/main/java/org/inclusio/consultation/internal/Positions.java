package org.inclusio.consultation.internal;

import org.inclusio.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** The keyset position of a row in a date-ordered list (the date, then the id), as an opaque cursor. */
record Positions(LocalDate date, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((date + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Positions> decode(@Nullable String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2 || cursor.length() > 100) {
                throw invalid();
            }
            return Optional.of(new Positions(LocalDate.parse(parts[0]), UUID.fromString(parts[1])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "This cursor is not valid here; start again from the first page.");
    }
}
