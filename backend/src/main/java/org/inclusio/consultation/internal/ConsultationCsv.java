package org.inclusio.consultation.internal;

import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.Gender;
import org.inclusio.consultation.Accommodation;
import org.inclusio.consultation.Channel;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.Headcount;
import org.inclusio.consultation.ImportReport.RowError;
import org.inclusio.consultation.LogConsultation;
import org.inclusio.consultation.ReceivingSocietyCounts;
import org.inclusio.consultation.StakeholderCount;
import org.inclusio.consultation.StakeholderType;
import org.inclusio.consultation.TopicId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The CSV form of consultations: one row per consultation, a header row naming the columns (any order; the required
 * ones must be there). Lists inside a cell are separated by {@code ;}, counts are written {@code KEY=number}.
 */
final class ConsultationCsv {

    static final int MAX_ROWS = 10_000;

    /** Column → the {@link LogConsultation} property it fills, for error reports in the caller's terms. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("date", "heldOn"), Map.entry("start_time", "startsAt"),
            Map.entry("duration_minutes", "durationMinutes"), Map.entry("type", "type"),
            Map.entry("purpose", "purpose"), Map.entry("channel", "channel"), Map.entry("language", "language"),
            Map.entry("place", "place"), Map.entry("interpreter_present", "interpreterPresent"),
            Map.entry("intercultural_worker_present", "interculturalWorkerPresent"), Map.entry("topics", "topics"),
            Map.entry("case_files", "caseFiles"), Map.entry("headcounts", "headcounts"),
            Map.entry("local_residents", "receivingSociety.localResidents"),
            Map.entry("civil_servants", "receivingSociety.civilServants"),
            Map.entry("volunteers", "receivingSociety.volunteers"), Map.entry("stakeholders", "stakeholders"),
            Map.entry("accommodations", "accommodations"), Map.entry("compensation_amount", "compensationAmount"),
            Map.entry("outcome", "outcome"), Map.entry("confidential_notes", "confidentialNotes"));

    /** What a cell that cannot be read should look like; error messages never repeat a cell, which may be personal. */
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("date", "must be a date like 2026-03-31"),
            Map.entry("start_time", "must be a time like 09:30"),
            Map.entry("duration_minutes", "must be a whole number of minutes"),
            Map.entry("type", "must be one of " + names(ConsultationType.values())),
            Map.entry("purpose", "must be one of " + names(ConsultationPurpose.values())),
            Map.entry("channel", "must be one of " + names(Channel.values())),
            Map.entry("interpreter_present", "must be true or false"),
            Map.entry("intercultural_worker_present", "must be true or false"),
            Map.entry("topics", "must be topic codes separated by ; (e.g. HOUSING;EMPLOYMENT)"),
            Map.entry("case_files", "must be case file ids separated by ;"),
            Map.entry("headcounts", "must be cells like FEMALE/AGE_18_24=3 separated by ;"),
            Map.entry("local_residents", "must be a whole number"),
            Map.entry("civil_servants", "must be a whole number"),
            Map.entry("volunteers", "must be a whole number"),
            Map.entry("stakeholders", "must be counts like NGO=4 separated by ;"),
            Map.entry("accommodations", "must be one or more of " + names(Accommodation.values())
                    + " separated by ;"),
            Map.entry("compensation_amount", "must be an amount like 150.00"));

    static final List<String> REQUIRED = List.of("date", "duration_minutes", "type", "purpose", "channel", "language");

    /**
     * A data row: its number (the header is row 1), the command with every unreadable cell left empty, and what
     * could not be read ({@code command} is {@code null} only when the row's cells do not match the header).
     */
    record Row(int number, @Nullable LogConsultation command, List<RowError> errors) {
    }

    private ConsultationCsv() {
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }

    /** The column a {@link LogConsultation} property path was read from, e.g. {@code heldOn} → {@code date}. */
    static String columnOf(String propertyPath) {
        String property = propertyPath.replaceAll("\\[\\d*]", "").replaceAll("\\.<[^>]+>", "");
        for (var column : COLUMNS.entrySet()) {
            if (column.getValue().equals(property)) {
                return column.getKey();
            }
        }
        for (var column : COLUMNS.entrySet()) {
            if (property.startsWith(column.getValue() + ".")) {
                return column.getKey();
            }
        }
        return property.contains(".") ? columnOf(property.substring(0, property.lastIndexOf('.'))) : property;
    }

    /** @throws IllegalArgumentException when the file itself is unreadable (no header, a quote left open) */
    static List<Row> read(String csv, Map<String, TopicId> topicsByCode) {
        List<List<String>> records = CsvRecords.parse(csv);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("The file is empty; the first row must name the columns.");
        }
        List<String> header = records.getFirst().stream().map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        var headerErrors = new ArrayList<RowError>();
        for (String name : header) {
            if (!COLUMNS.containsKey(name)) {
                headerErrors.add(new RowError(1, name, "is not a column of the import"));
            }
        }
        REQUIRED.stream().filter(name -> !header.contains(name))
                .forEach(name -> headerErrors.add(new RowError(1, name, "is a required column")));
        if (new LinkedHashSet<>(header).size() != header.size()) {
            headerErrors.add(new RowError(1, "", "a column is named twice"));
        }
        if (!headerErrors.isEmpty()) {
            return List.of(new Row(1, null, headerErrors));
        }
        if (records.size() - 1 > MAX_ROWS) {
            return List.of(new Row(MAX_ROWS + 2, null,
                    List.of(new RowError(MAX_ROWS + 2, "", "at most " + MAX_ROWS + " rows per import"))));
        }
        var rows = new ArrayList<Row>();
        for (int index = 1; index < records.size(); index++) {
            rows.add(new Cells(index + 1, header, records.get(index), topicsByCode).row());
        }
        return rows;
    }

    /** One data row being read; every cell that cannot be read adds an error and reads as empty. */
    private static final class Cells {

        private final int number;
        private final List<String> header;
        private final List<String> values;
        private final Map<String, TopicId> topicsByCode;
        private final List<RowError> errors = new ArrayList<>();

        Cells(int number, List<String> header, List<String> values, Map<String, TopicId> topicsByCode) {
            this.number = number;
            this.header = header;
            this.values = values;
            this.topicsByCode = topicsByCode;
        }

        Row row() {
            if (values.size() != header.size()) {
                return new Row(number, null, List.of(new RowError(number, "", "has " + values.size()
                        + " cells where the header names " + header.size())));
            }
            var command = new LogConsultation(
                    read("type", value -> ConsultationType.valueOf(constant(value))),
                    read("purpose", value -> ConsultationPurpose.valueOf(constant(value))),
                    read("date", LocalDate::parse),
                    read("start_time", LocalTime::parse),
                    orZero(read("duration_minutes", Integer::valueOf)),
                    read("channel", value -> Channel.valueOf(constant(value))),
                    text("place"),
                    text("language"),
                    flag("interpreter_present"),
                    flag("intercultural_worker_present"),
                    Set.copyOf(list("topics", this::topic)),
                    Set.copyOf(list("case_files", value -> new CaseFileId(UUID.fromString(value)))),
                    list("headcounts", this::headcount),
                    new ReceivingSocietyCounts(orZero(read("local_residents", Integer::valueOf)),
                            orZero(read("civil_servants", Integer::valueOf)),
                            orZero(read("volunteers", Integer::valueOf))),
                    list("stakeholders", this::stakeholder),
                    text("confidential_notes"),
                    text("outcome"),
                    Set.copyOf(list("accommodations", value -> Accommodation.valueOf(constant(value)))),
                    read("compensation_amount", BigDecimal::new),
                    null);
            return new Row(number, command, List.copyOf(errors));
        }

        private @Nullable String text(String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                return null;
            }
            String value = values.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        private <T> @Nullable T read(String column, Function<String, T> parse) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (RuntimeException e) {
                errors.add(new RowError(number, column, FORMATS.get(column)));
                return null;
            }
        }

        private <T> List<T> list(String column, Function<String, T> parse) {
            String value = text(column);
            if (value == null) {
                return List.of();
            }
            var items = new ArrayList<T>();
            for (String item : value.split(";")) {
                if (item.isBlank()) {
                    continue;
                }
                try {
                    items.add(parse.apply(item.strip()));
                } catch (RuntimeException e) {
                    errors.add(new RowError(number, column, FORMATS.get(column)));
                }
            }
            return items;
        }

        private boolean flag(String column) {
            Boolean value = read(column, text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw new IllegalArgumentException(text);
            });
            return value != null && value;
        }

        private TopicId topic(String code) {
            TopicId topic = topicsByCode.get(constant(code));
            if (topic == null) {
                throw new IllegalArgumentException(code);
            }
            return topic;
        }

        /** {@code FEMALE/AGE_18_24=3} */
        private Headcount headcount(String cell) {
            String[] keyAndCount = cell.split("=", 2);
            String[] genderAndBand = keyAndCount[0].split("/", 2);
            return new Headcount(Gender.valueOf(constant(genderAndBand[0])), AgeBand.valueOf(constant(genderAndBand[1])),
                    Integer.parseInt(keyAndCount[1].strip()));
        }

        /** {@code NGO=4} */
        private StakeholderCount stakeholder(String cell) {
            String[] keyAndCount = cell.split("=", 2);
            return new StakeholderCount(StakeholderType.valueOf(constant(keyAndCount[0])),
                    Integer.parseInt(keyAndCount[1].strip()));
        }

        private static int orZero(@Nullable Integer value) {
            return value == null ? 0 : value;
        }

        private static String constant(String value) {
            return value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        }

    }
}
