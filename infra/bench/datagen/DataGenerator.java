import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark data for Inclusio: many organisations of skewed sizes (Zipf), their case files, consultations and needs
 * assessments, streamed with COPY into a database migrated by the application. Deterministic: the same seed gives the
 * same rows, ids included, so benchmarks can name what they ask for. Runs as the database superuser because COPY FROM is not
 * allowed under row-level security. Later issues add tables by adding a {@link TableWriter}.
 *
 * <pre>
 * java -cp postgresql.jar DataGenerator.java --url jdbc:postgresql://127.0.0.1:5432/inclusio --user postgres \
 *      --password … [--seed 42] [--organisations 1000] [--largest-case-files 200000] \
 *      [--consultations-per-case-file 5] [--assessments-per-case-file 2] [--largest-organisation demo-city] \
 *      [--threads <cores>]
 * </pre>
 */
public final class DataGenerator {

    /** One organisation's share of the data. */
    record Organisation(UUID id, int caseFiles, boolean existing) {
    }

    /** Writes the rows of one table for one organisation into a COPY stream (text format, tab separated). */
    interface TableWriter {
        String table();

        String columns();

        long write(Organisation organisation, SplittableRandom random, Rows rows);
    }

    /** A COPY row buffer that flushes to the server in large chunks. */
    static final class Rows {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        private boolean rowStarted;

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        Rows field(Object value) {
            separate();
            if (value == null) {
                buffer.append("\\N");
            } else {
                appendEscaped(value.toString());
            }
            return this;
        }

        Rows array(List<String> values) {
            separate();
            buffer.append('{').append(String.join(",", values)).append('}');
            return this;
        }

        void end() {
            buffer.append('\n');
            rowStarted = false;
            if (buffer.length() > (1 << 20) - 4096) {
                flush();
            }
        }

        void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            buffer.setLength(0);
        }

        private void separate() {
            if (rowStarted) {
                buffer.append('\t');
            }
            rowStarted = true;
        }

        private void appendEscaped(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    default -> buffer.append(c);
                }
            }
        }
    }

    static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private static final String[] GENDERS = {"FEMALE", "FEMALE", "MALE", "MALE", "NON_BINARY_OR_OTHER", "NOT_STATED"};
    private static final String[] AGE_BANDS = {"UNDER_18", "AGE_18_24", "AGE_25_34", "AGE_25_34", "AGE_35_49",
            "AGE_35_49", "AGE_50_64", "AGE_65_PLUS", "NOT_STATED"};
    private static final String[] NATIONALITIES = {"UA", "SY", "AF", "ER", "VE", "VN", "IQ", "SO", "RU", "BY"};
    private static final String[] LANGUAGES = {"uk", "ar", "fa", "ps", "ti", "es", "vi", "ar", "ru", "ru"};
    private static final String[] NAMES = {"Olena", "Ahmad", "Farida", "Yonas", "María", "Linh", "Hassan", "Amina",
            "Dmytro", "Zahra", "Mariam", "Omar", "Kateryna", "Samir", "Nadia", "Tesfay"};

    /**
     * A stable id per (organisation, table, sequence number), so benchmarks can address rows without asking. Ids are
     * time-ordered like UUIDv7 (rows are generated oldest first), which keeps the primary-key index appending instead
     * of splitting pages at random: most of COPY's cost is index maintenance.
     */
    static UUID id(Organisation organisation, String table, long number, Instant at) {
        UUID hash = UUID.nameUUIDFromBytes((organisation.id() + "/" + table + "/" + number)
                .getBytes(StandardCharsets.UTF_8));
        long high = (at.toEpochMilli() << 16) | 0x7000L | (hash.getMostSignificantBits() & 0x0FFFL);
        return new UUID(high, hash.getLeastSignificantBits());
    }

    /**
     * The instant of the {@code n}th of {@code count} rows spread evenly over the last year, oldest first, with a
     * jitter that depends on {@code n} only: ids embed it, and other tables must be able to compute them again.
     */
    static Instant spreadOverTheYear(long n, long count) {
        long year = 365L * 24 * 3600;
        return NOW.minusSeconds(year).plusSeconds(year * n / (count + 1) + Math.floorMod(n * 0x9E3779B97F4A7C15L, 60));
    }

    static final class CaseFiles implements TableWriter {

        static Instant createdAt(Organisation organisation, long n) {
            return spreadOverTheYear(n, organisation.caseFiles());
        }
        @Override
        public String table() {
            return "case_file";
        }

        @Override
        public String columns() {
            return "tenant_id, id, case_number, display_name, age_band, gender, nationalities, languages, "
                    + "preferred_language, arrival_date, household_size, status, closing_reason, closed_on, "
                    + "consent_case_work_on, consent_statistics_on, consent_referral_on, created_at, updated_at";
        }

        @Override
        public long write(Organisation organisation, SplittableRandom random, Rows rows) {
            String prefix = "B" + organisation.id().toString().substring(0, 4).toUpperCase();
            for (int n = 1; n <= organisation.caseFiles(); n++) {
                int origin = random.nextInt(NATIONALITIES.length);
                Instant created = createdAt(organisation, n);
                boolean closed = random.nextInt(5) == 0;
                LocalDate consent = LocalDate.ofInstant(created, java.time.ZoneOffset.UTC);
                rows.field(organisation.id()).field(id(organisation, table(), n, created))
                        .field(prefix + "-2026-" + String.format("%07d", n))
                        .field(NAMES[random.nextInt(NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + ".")
                        .field(AGE_BANDS[random.nextInt(AGE_BANDS.length)])
                        .field(GENDERS[random.nextInt(GENDERS.length)])
                        .array(List.of(NATIONALITIES[origin])).array(List.of(LANGUAGES[origin], "en"))
                        .field(LANGUAGES[origin]).field(consent.minusDays(random.nextInt(900)))
                        .field(1 + random.nextInt(6)).field(closed ? "CLOSED" : "OPEN")
                        .field(closed ? "GOALS_REACHED" : null).field(closed ? TODAY.minusDays(random.nextInt(30)) : null)
                        .field(consent).field(random.nextInt(4) == 0 ? null : consent)
                        .field(random.nextInt(6) == 0 ? null : consent).field(created)
                        .field(created.plusSeconds(random.nextLong(3600))).end();
            }
            return organisation.caseFiles();
        }
    }

    private static final String[] INDIVIDUAL_TYPES = {"INDIVIDUAL_COUNSELLING", "INDIVIDUAL_COUNSELLING",
            "INDIVIDUAL_COUNSELLING", "ACCOMPANIMENT", "INTERPRETATION_MEDIATION", "OUTREACH"};
    private static final String[] GROUP_TYPES = {"INFORMATION_SESSION", "GROUP_SESSION", "FOCUS_GROUP",
            "ROUND_TABLE"};
    private static final String[] PURPOSES = {"SERVICE_DELIVERY", "SERVICE_DELIVERY", "SERVICE_DELIVERY",
            "NEEDS_ASSESSMENT", "CO_DESIGN", "MONITORING_FEEDBACK", "EVALUATION"};
    private static final String[] CHANNELS = {"IN_PERSON", "IN_PERSON", "IN_PERSON", "PHONE", "VIDEO",
            "ONLINE_MESSAGE", "FIELD_OUTREACH"};
    private static final UUID RECORDED_BY = UUID.fromString("00000000-0000-7000-8000-00000000be9c");

    /**
     * Consultations of one organisation, {@code perCaseFile} per case file: every tenth a group session with an
     * anonymous headcount, the others individual and linked to one case file, round robin. The last 1,000 of an
     * organisation with at least 20 case files go to its first 20 case files, so that each of those has about 50
     * consultations (the case file detail benchmark opens them). Which consultation is what follows from its number
     * alone, so the consultation, link and headcount tables agree without sharing state.
     */
    record Consultations(int perCaseFile) {

        static final int BUSY_CASE_FILES = 20;
        static final int BUSY_CONSULTATIONS = 1000;

        long count(Organisation organisation) {
            return (long) organisation.caseFiles() * perCaseFile;
        }

        static boolean isGroup(long n) {
            return n % 10 == 0;
        }

        /** The case file number consultation {@code n} is linked to (individual consultations only). */
        long caseFileOf(Organisation organisation, long n) {
            long count = count(organisation);
            if (organisation.caseFiles() >= BUSY_CASE_FILES && n > count - BUSY_CONSULTATIONS) {
                return (n - 1) % BUSY_CASE_FILES + 1;
            }
            return (n - 1) % organisation.caseFiles() + 1;
        }

        /** gender × age band → participants of group consultation {@code n}; deterministic in {@code n}. */
        static Map<String, Integer> headcount(Organisation organisation, long n) {
            var random = new SplittableRandom(organisation.id().getMostSignificantBits() ^ n);
            var cells = new LinkedHashMap<String, Integer>();
            int groups = 2 + random.nextInt(5);
            for (int i = 0; i < groups; i++) {
                cells.merge(GENDERS[random.nextInt(4)] + "\t" + AGE_BANDS[random.nextInt(AGE_BANDS.length)],
                        1 + random.nextInt(8), Integer::sum);
            }
            return cells;
        }

        Instant heldAt(Organisation organisation, long n) {
            return spreadOverTheYear(n, count(organisation));
        }

        /** The id of consultation {@code n}, as every table that refers to it computes it. */
        UUID idOf(Organisation organisation, long n) {
            return id(organisation, "consultation", n, heldAt(organisation, n));
        }
    }

    static final class ConsultationRows implements TableWriter {
        private final Consultations consultations;

        ConsultationRows(Consultations consultations) {
            this.consultations = consultations;
        }

        @Override
        public String table() {
            return "consultation";
        }

        @Override
        public String columns() {
            return "tenant_id, id, type, purpose, held_on, starts_at, duration_minutes, channel, place, language, "
                    + "interpreter_present, intercultural_worker_present, outcome, accommodations, participants, "
                    + "recorded_by, created_at, updated_at";
        }

        @Override
        public long write(Organisation organisation, SplittableRandom random, Rows rows) {
            long count = consultations.count(organisation);
            for (long n = 1; n <= count; n++) {
                boolean group = Consultations.isGroup(n);
                Instant held = consultations.heldAt(organisation, n);
                int language = random.nextInt(LANGUAGES.length);
                int participants = group ? Consultations.headcount(organisation, n).values().stream()
                        .mapToInt(Integer::intValue).sum() : 1;
                rows.field(organisation.id()).field(id(organisation, table(), n, held))
                        .field(group ? GROUP_TYPES[random.nextInt(GROUP_TYPES.length)]
                                : INDIVIDUAL_TYPES[random.nextInt(INDIVIDUAL_TYPES.length)])
                        .field(PURPOSES[random.nextInt(PURPOSES.length)])
                        .field(LocalDate.ofInstant(held, java.time.ZoneOffset.UTC))
                        .field(String.format("%02d:%02d:00", 8 + random.nextInt(9), 15 * random.nextInt(4)))
                        .field(group ? 90 + 30 * random.nextInt(3) : 30 + 15 * random.nextInt(4))
                        .field(CHANNELS[random.nextInt(CHANNELS.length)])
                        .field(group ? "Community centre" : "Office")
                        .field(LANGUAGES[language]).field(random.nextInt(3) == 0).field(random.nextInt(4) == 0)
                        .field(random.nextInt(2) == 0 ? "Information given; next steps agreed." : null)
                        .array(group && random.nextInt(3) == 0 ? List.of("CHILDCARE") : List.of())
                        .field(participants).field(RECORDED_BY).field(held).field(held).end();
            }
            return count;
        }
    }

    static final class ConsultationCaseFiles implements TableWriter {
        private final Consultations consultations;

        ConsultationCaseFiles(Consultations consultations) {
            this.consultations = consultations;
        }

        @Override
        public String table() {
            return "consultation_case_file";
        }

        @Override
        public String columns() {
            return "tenant_id, consultation_id, case_file_id";
        }

        @Override
        public long write(Organisation organisation, SplittableRandom random, Rows rows) {
            long count = consultations.count(organisation);
            long written = 0;
            for (long n = 1; n <= count; n++) {
                if (Consultations.isGroup(n)) {
                    continue;
                }
                long caseFile = consultations.caseFileOf(organisation, n);
                rows.field(organisation.id()).field(consultations.idOf(organisation, n))
                        .field(id(organisation, "case_file", caseFile, CaseFiles.createdAt(organisation, caseFile))).end();
                written++;
            }
            return written;
        }
    }

    static final class ConsultationHeadcounts implements TableWriter {
        private final Consultations consultations;

        ConsultationHeadcounts(Consultations consultations) {
            this.consultations = consultations;
        }

        @Override
        public String table() {
            return "consultation_headcount";
        }

        @Override
        public String columns() {
            return "tenant_id, consultation_id, gender, age_band, participants";
        }

        @Override
        public long write(Organisation organisation, SplittableRandom random, Rows rows) {
            long count = consultations.count(organisation);
            long written = 0;
            for (long n = 1; n <= count; n++) {
                if (!Consultations.isGroup(n)) {
                    continue;
                }
                UUID consultation = consultations.idOf(organisation, n);
                for (var cell : Consultations.headcount(organisation, n).entrySet()) {
                    String[] genderAndAge = cell.getKey().split("\t");
                    rows.field(organisation.id()).field(consultation).field(genderAndAge[0])
                            .field(genderAndAge[1]).field(cell.getValue()).end();
                    written++;
                }
            }
            return written;
        }
    }

    private static final String[] DOMAINS = {"RESIDENCE_AND_DOCUMENTS", "EMPLOYMENT", "EDUCATION",
            "LANGUAGE_LEARNING", "HOUSING", "HEALTH", "MENTAL_HEALTH", "SOCIAL_BENEFITS", "FAMILY_AND_CHILDCARE",
            "QUALIFICATION_RECOGNITION", "CIVIC_PARTICIPATION", "DISCRIMINATION", "SAFETY", "OTHER"};
    private static final String[] LEVELS = {"NONE", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "URGENT"};
    private static final String[] STATUSES = {"MET", "BEING_ADDRESSED", "BEING_ADDRESSED", "UNADDRESSED"};
    private static final String[] BARRIERS = {"LANGUAGE", "LANGUAGE", "DOCUMENTS", "COST", "DISCRIMINATION",
            "LACK_OF_INFORMATION", "CHILDCARE", "TRANSPORT", "DIGITAL_ACCESS", "OPENING_HOURS"};

    /** The practice half of an organisation's assessments belong to. */
    static UUID practiceOf(Organisation organisation) {
        return UUID.nameUUIDFromBytes((organisation.id() + "/practice/1").getBytes(StandardCharsets.UTF_8));
    }

    /** The need domain {@code code} of an organisation: the migration seeded the existing ones, the generator the rest. */
    static UUID domainOf(Organisation organisation, String code) {
        UUID seeded = SEEDED_DOMAINS.get(organisation.id() + "/" + code);
        return seeded != null ? seeded
                : UUID.nameUUIDFromBytes((organisation.id() + "/need_domain/" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** "organisation/code" → id of the need domains the migration seeded for organisations that existed before. */
    private static final Map<String, UUID> SEEDED_DOMAINS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every organisation's one practice, which its assessments refer to. */
    static void insertPractices(Connection connection, List<Organisation> organisations) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO practice (tenant_id, id, name, starts_on, status, created_at, updated_at)
                VALUES (?, ?, 'Benchmark practice', DATE '2020-01-01', 'RUNNING', ?, ?)
                ON CONFLICT DO NOTHING""")) {
            for (Organisation organisation : organisations) {
                insert.setObject(1, organisation.id());
                insert.setObject(2, practiceOf(organisation));
                insert.setObject(3, java.sql.Timestamp.from(NOW));
                insert.setObject(4, java.sql.Timestamp.from(NOW));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void loadSeededDomains(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT tenant_id, code, id FROM need_domain")) {
            while (result.next()) {
                SEEDED_DOMAINS.put(result.getObject(1, UUID.class) + "/" + result.getString(2),
                        result.getObject(3, UUID.class));
            }
        }
    }

    /**
     * The needs overview reads tallies that the application keeps in its writing transactions; rows that COPY
     * wrote bypass them, so the application's own repair function rebuilds them, one organisation per task.
     */
    static void rebuildCaseloadTallies(Callable<Connection> connect, ExecutorService pool,
                                       List<Organisation> organisations) throws Exception {
        var rebuilds = new ArrayList<Future<Boolean>>();
        for (Organisation organisation : organisations) {
            rebuilds.add(pool.submit(() -> {
                try (Connection own = connect.call()) {
                    own.setAutoCommit(false);
                    try (var tenant = own.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                         var rebuild = own.createStatement()) {
                        tenant.setString(1, organisation.id().toString());
                        tenant.execute();
                        rebuild.execute("SELECT assessment_rebuild_caseload()");
                    }
                    own.commit();
                    return true;
                }
            }));
        }
        for (Future<Boolean> rebuild : rebuilds) {
            rebuild.get();
        }
    }

    /**
     * Individual needs assessments, {@code perCaseFile} per case file: the first on the day the case file was opened,
     * each later one a reassessment part of the way to the generator's today. Which domains, levels and statuses an
     * assessment records follows from its numbers alone, so the assessment and need tables agree.
     */
    record Assessments(int perCaseFile) {

        long count(Organisation organisation) {
            return (long) organisation.caseFiles() * perCaseFile;
        }

        static LocalDate assessedOn(Organisation organisation, long caseFile, int round, int rounds) {
            LocalDate opened = LocalDate.ofInstant(CaseFiles.createdAt(organisation, caseFile), java.time.ZoneOffset.UTC);
            long days = java.time.temporal.ChronoUnit.DAYS.between(opened, TODAY);
            return opened.plusDays(days * round / rounds);
        }

        UUID idOf(Organisation organisation, long caseFile, int round) {
            return id(organisation, "needs_assessment", (caseFile - 1) * perCaseFile + round + 1,
                    CaseFiles.createdAt(organisation, caseFile));
        }

        /** domain index → "level\tstatus" of one assessment. */
        static Map<Integer, String> needs(Organisation organisation, long caseFile, int round) {
            var random = new SplittableRandom(organisation.id().getLeastSignificantBits() ^ (caseFile * 31 + round));
            var needs = new LinkedHashMap<Integer, String>();
            int count = 2 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                String level = LEVELS[Math.max(0, random.nextInt(LEVELS.length) - round)];
                needs.put(random.nextInt(DOMAINS.length),
                        level + "\t" + (level.equals("NONE") ? "MET" : STATUSES[random.nextInt(STATUSES.length)]));
            }
            return needs;
        }
    }

    static final class NeedDomains implements TableWriter {
        @Override
        public String table() {
            return "need_domain";
        }

        @Override
        public String columns() {
            return "tenant_id, id, code, position, sensitive, created_at";
        }

        @Override
        public long write(Organisation organisation, SplittableRandom random, Rows rows) {
            if (organisation.existing()) {
                return 0;
            }
            for (int position = 0; position < DOMAINS.length; position++) {
                String code = DOMAINS[position];
                rows.field(organisation.id()).field(domainOf(organisation, code)).field(code).field(position)
                        .field(code.equals("HEALTH") || code.equals("MENTAL_HEALTH") || code.equals("SAFETY"))
                        .field(NOW).end();
            }
            return DOMAINS.length;
        }
    }

    static final class AssessmentRows implements TableWriter {
        private final Assessments assessments;

        AssessmentRows(Assessments assessments) {
            this.assessments = assessments;
        }

        @Override
        public String table() {
            return "needs_assessment";
        }

        @Override
        public String columns() {
            return "tenant_id, id, case_file_id, assessed_on, method, language, barriers, education_level, "
                    + "reassessment_due, superseded_on, practice_id, recorded_by, created_at, updated_at";
        }

        @Override
        public long write(Organisation organisation, SplittableRandom random, Rows rows) {
            int rounds = assessments.perCaseFile();
            for (long caseFile = 1; caseFile <= organisation.caseFiles(); caseFile++) {
                UUID caseFileId = id(organisation, "case_file", caseFile, CaseFiles.createdAt(organisation, caseFile));
                for (int round = 0; round < rounds; round++) {
                    LocalDate on = Assessments.assessedOn(organisation, caseFile, round, rounds);
                    Instant at = on.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
                    rows.field(organisation.id()).field(assessments.idOf(organisation, caseFile, round))
                            .field(caseFileId).field(on).field(random.nextInt(4) == 0 ? "SELF_ASSESSMENT" : "INTERVIEW")
                            .field(LANGUAGES[random.nextInt(LANGUAGES.length)])
                            .array(random.nextInt(3) == 0 ? List.of() : List.of(BARRIERS[random.nextInt(BARRIERS.length)]))
                            .field("NOT_STATED").field(on.plusDays(182))
                            .field(round + 1 < rounds ? Assessments.assessedOn(organisation, caseFile, round + 1, rounds)
                                    : null)
                            .field(random.nextBoolean() ? practiceOf(organisation) : null).field(RECORDED_BY)
                            .field(at).field(at).end();
                }
            }
            return assessments.count(organisation);
        }
    }

    static final class AssessmentNeeds implements TableWriter {
        private final Assessments assessments;

        AssessmentNeeds(Assessments assessments) {
            this.assessments = assessments;
        }

        @Override
        public String table() {
            return "needs_assessment_need";
        }

        @Override
        public String columns() {
            return "tenant_id, assessment_id, domain_id, level, status";
        }

        @Override
        public long write(Organisation organisation, SplittableRandom random, Rows rows) {
            long written = 0;
            for (long caseFile = 1; caseFile <= organisation.caseFiles(); caseFile++) {
                for (int round = 0; round < assessments.perCaseFile(); round++) {
                    UUID assessment = assessments.idOf(organisation, caseFile, round);
                    for (var need : Assessments.needs(organisation, caseFile, round).entrySet()) {
                        String[] levelAndStatus = need.getValue().split("\t");
                        rows.field(organisation.id()).field(assessment)
                                .field(domainOf(organisation, DOMAINS[need.getKey()]))
                                .field(levelAndStatus[0]).field(levelAndStatus[1]).end();
                        written++;
                    }
                }
            }
            return written;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int organisationCount = Integer.parseInt(options.getOrDefault("organisations", "1000"));
        int largest = Integer.parseInt(options.getOrDefault("largest-case-files", "200000"));
        String largestSlug = options.get("largest-organisation");
        var consultations = new Consultations(Integer.parseInt(options.getOrDefault("consultations-per-case-file", "5")));
        var assessments = new Assessments(Integer.parseInt(options.getOrDefault("assessments-per-case-file", "2")));
        // Largest tables first, so that the connections finish together.
        List<TableWriter> writers = List.of(new AssessmentNeeds(assessments), new ConsultationRows(consultations),
                new ConsultationCaseFiles(consultations), new AssessmentRows(assessments), new CaseFiles(),
                new ConsultationHeadcounts(consultations), new NeedDomains());

        int threads = Integer.parseInt(options.getOrDefault("threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        Callable<Connection> connect = () -> {
            Connection connection = DriverManager.getConnection(options.get("url"), options.get("user"),
                    options.get("password"));
            try (var statement = connection.createStatement()) {
                // Generated rows are consistent by construction; skipping the per-row foreign-key triggers is what
                // makes COPY fast. Only a superuser may do this, and only for this session.
                statement.execute("SET session_replication_role = replica");
                statement.execute("SET maintenance_work_mem = '1GB'");
                // The index builds already run one per connection, on every core.
                statement.execute("SET max_parallel_maintenance_workers = 0");
            }
            return connection;
        };
        try (Connection connection = connect.call();
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Organisation> organisations = organisations(connection, seed, organisationCount, largest, largestSlug);
            loadSeededDomains(connection);
            insertPractices(connection, organisations);
            long started = System.nanoTime();
            List<String> secondaryIndexes = dropSecondaryIndexes(connection, writers);
            long total = 0;
            try {
                // One table per connection at a time, so that generating rows and the server parsing them use
                // every core.
                var copies = new ArrayList<Future<Long>>();
                for (TableWriter writer : writers) {
                    copies.add(pool.submit(() -> {
                        long tableStarted = System.nanoTime();
                        try (Connection own = connect.call()) {
                            long rows = copy(own, writer, organisations, seed);
                            System.out.printf("%-28s %,12d rows %10.1f s %,12.0f rows/s%n", writer.table(), rows,
                                    seconds(tableStarted), rows / seconds(tableStarted));
                            return rows;
                        }
                    }));
                }
                for (Future<Long> copy : copies) {
                    total += copy.get();
                }
            } finally {
                long indexesStarted = System.nanoTime();
                var builds = new ArrayList<Future<Boolean>>();
                for (String definition : secondaryIndexes) {
                    builds.add(pool.submit(() -> {
                        try (Connection own = connect.call(); var statement = own.createStatement()) {
                            return statement.execute(definition);
                        }
                    }));
                }
                for (Future<Boolean> build : builds) {
                    build.get();
                }
                System.out.printf("%-28s %,12d      %10.1f s%n", "secondary indexes rebuilt", secondaryIndexes.size(),
                        seconds(indexesStarted));
            }
            long talliesStarted = System.nanoTime();
            rebuildCaseloadTallies(connect, pool, organisations);
            System.out.printf("%-28s %,12d orgs %10.1f s%n", "caseload tallies rebuilt", organisations.size(),
                    seconds(talliesStarted));
            System.out.printf("%-28s %,12d rows %10.1f s %,12.0f rows/s%n", "total", total, seconds(started),
                    total / seconds(started));
        }
    }

    /**
     * Organisation sizes follow Zipf's law with exponent 1.5: the largest has {@code largest} case files, the second
     * about a third of that, and most have a handful. The largest may be an existing organisation (the demo
     * organisation, whose users and machine client the benchmarks sign in with).
     */
    static List<Organisation> organisations(Connection connection, long seed, int count, int largest,
                                            String largestSlug) throws SQLException {
        var organisations = new ArrayList<Organisation>();
        try (var insert = connection.prepareStatement("""
                INSERT INTO organisation (id, name, slug, type, country, default_language, languages, status,
                                          created_at)
                VALUES (?, ?, ?, 'NGO', 'CZ', 'en', '{en,cs}', 'ACTIVE', ?) ON CONFLICT (slug) DO NOTHING""")) {
            for (int rank = 1; rank <= count; rank++) {
                int caseFiles = Math.max(1, (int) Math.round(largest / Math.pow(rank, 1.5)));
                if (rank == 1 && largestSlug != null) {
                    try (var find = connection.prepareStatement("SELECT id FROM organisation WHERE slug = ?")) {
                        find.setString(1, largestSlug);
                        try (var result = find.executeQuery()) {
                            if (!result.next()) {
                                throw new IllegalArgumentException("No organisation " + largestSlug);
                            }
                            organisations.add(new Organisation(result.getObject(1, UUID.class), caseFiles, true));
                        }
                    }
                    continue;
                }
                UUID id = UUID.nameUUIDFromBytes(("bench-organisation/" + seed + "/" + rank)
                        .getBytes(StandardCharsets.UTF_8));
                insert.setObject(1, id);
                insert.setString(2, "Bench organisation " + rank);
                insert.setString(3, "bench-" + seed + "-" + rank);
                insert.setObject(4, java.sql.Timestamp.from(NOW));
                insert.addBatch();
                organisations.add(new Organisation(id, caseFiles, false));
            }
            insert.executeBatch();
        }
        return organisations;
    }

    /**
     * Maintaining every secondary index row by row is most of a bulk load's cost; building each once afterwards is a
     * sort. Primary keys and unique indexes stay, so the load still refuses a duplicate. Returns the definitions.
     */
    static List<String> dropSecondaryIndexes(Connection connection, List<TableWriter> writers) throws SQLException {
        var definitions = new ArrayList<String>();
        try (var find = connection.prepareStatement("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                WHERE i.indrelid = ?::regclass AND NOT i.indisprimary AND NOT i.indisunique""");
             var drop = connection.createStatement()) {
            for (TableWriter writer : writers) {
                find.setString(1, writer.table());
                try (var result = find.executeQuery()) {
                    while (result.next()) {
                        definitions.add(result.getString(2));
                        drop.execute("DROP INDEX " + result.getString(1));
                    }
                }
            }
        }
        return definitions;
    }

    static long copy(Connection connection, TableWriter writer, List<Organisation> organisations, long seed)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + writer.table() + " (" + writer.columns() + ") FROM STDIN");
        try {
            var rows = new Rows(copy);
            long written = 0;
            for (Organisation organisation : organisations) {
                var random = new SplittableRandom(seed ^ organisation.id().getLeastSignificantBits()
                        ^ writer.table().hashCode());
                written += writer.write(organisation, random, rows);
            }
            rows.flush();
            copy.endCopy();
            return written;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        for (String required : List.of("url", "user", "password")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("Missing --" + required);
            }
        }
        return options;
    }
}
