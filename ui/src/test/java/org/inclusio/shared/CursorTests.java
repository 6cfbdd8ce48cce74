package org.inclusio.shared;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTests {

    private static final UUID ID = UUID.fromString("0b0e7d6c-3f5a-4c1e-9d1a-2f4b6c8d0e1f");

    @Test
    void aCursorRoundTripsItsKeysetPositionAndIsUrlSafe() {
        Instant at = Instant.parse("2026-11-23T10:15:30.123456Z");
        String encoded = Cursor.of(at, ID).encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        Cursor decoded = Cursor.decode(encoded);
        assertThat(decoded.instant()).isEqualTo(at);
        assertThat(decoded.id()).isEqualTo(ID);
        assertThat(Cursor.decode(Cursor.of(LocalDate.of(2026, 1, 31), ID).encode()).date())
                .isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(Cursor.decode(Cursor.of("CF-2026-00042", ID).encode()).string()).isEqualTo("CF-2026-00042");
        assertThat(Cursor.decodeIfPresent(null)).isEmpty();
        assertThat(Cursor.decodeIfPresent(encoded)).contains(decoded);
    }

    @Test
    void aMalformedOrTamperedCursorIsBadInputForTheFieldCursor() {
        String valid = Cursor.of(Instant.parse("2026-11-23T10:15:30Z"), ID).encode();
        List<String> bad = List.of("not a cursor", "%%%", valid + "=", valid.substring(1), "x".repeat(600),
                encode("INSTANT|" + ID + "|yesterday"), encode("INSTANT|not-a-uuid|2026-11-23T10:15:30Z"),
                encode("SECRET|" + ID + "|x"), encode("INSTANT|" + ID), "");
        for (String cursor : bad) {
            assertThatThrownBy(() -> Cursor.decode(cursor)).as(cursor)
                    .isInstanceOfSatisfying(InvalidInputException.class, exception ->
                            assertThat(exception.errors()).extracting(InvalidInputException.FieldError::field)
                                    .containsExactly("cursor"));
        }
    }

    @Test
    void aCursorOfAnotherKindOfListIsBadInput() {
        Cursor dateCursor = Cursor.decode(Cursor.of(LocalDate.of(2026, 1, 31), ID).encode());

        assertThatThrownBy(dateCursor::instant).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(dateCursor::string).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPageFromOneRowMoreThanTheLimitPointsAfterItsLastItem() {
        record Row(LocalDate day, UUID id) {
        }
        var rows = List.of(new Row(LocalDate.of(2026, 3, 3), UUID.randomUUID()),
                new Row(LocalDate.of(2026, 3, 2), UUID.randomUUID()),
                new Row(LocalDate.of(2026, 3, 1), UUID.randomUUID()));

        CursorPage<Row> page = CursorPage.of(rows, 2, row -> Cursor.of(row.day(), row.id()));
        assertThat(page.items()).containsExactly(rows.get(0), rows.get(1));
        Cursor next = Cursor.decode(page.nextCursor());
        assertThat(next.date()).isEqualTo(rows.get(1).day());
        assertThat(next.id()).isEqualTo(rows.get(1).id());

        CursorPage<Row> last = CursorPage.of(rows.subList(0, 2), 2, row -> Cursor.of(row.day(), row.id()));
        assertThat(last.items()).hasSize(2);
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void aPageIsItemsAndNextCursorInJsonWithTheLastPageSayingNull() {
        var json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(new CursorPage<>(List.of("a"), null)))
                .isEqualTo("{\"items\":[\"a\"],\"nextCursor\":null}");
        assertThat(json.writeValueAsString(new CursorPage<>(List.of(), "abc")))
                .isEqualTo("{\"items\":[],\"nextCursor\":\"abc\"}");
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
