package org.inclusio.assessment.internal;

import org.inclusio.assessment.AssessmentEvidence;
import org.inclusio.assessment.AssessmentEvidence.DomainStatuses;
import org.inclusio.assessment.Barrier;
import org.inclusio.assessment.NeedDomainId;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;
import org.inclusio.assessment.NeedsOverview;
import org.inclusio.assessment.NeedsOverview.DomainFigures;
import org.inclusio.assessment.NeedsStatistics;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.statistics.Cell;
import org.inclusio.shared.statistics.SmallCells;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.Organisations;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Needs figures from aggregates, never from rows one by one: the overview reads the caseload tallies kept in the
 * writing transactions, the evidence counts with indexed SQL over the period's assessments.
 */
@Service
@Transactional(readOnly = true)
class NeedsStatisticsImpl implements NeedsStatistics {

    /** A period longer than this is refused, like the feedback figures. */
    private static final long MAX_DAYS = 3 * 366;

    private final JdbcClient database;
    private final CaseFileDirectory caseFiles;
    private final OrganisationDirectory organisations;
    private final ParticipatoryEvidence participatory;
    private final Clock clock;

    NeedsStatisticsImpl(JdbcClient database, CaseFileDirectory caseFiles, OrganisationDirectory organisations,
                        ParticipatoryEvidence participatory, Clock clock) {
        this.database = database;
        this.caseFiles = caseFiles;
        this.organisations = organisations;
        this.participatory = participatory;
        this.clock = clock;
    }

    private record Domain(UUID id, String code) {
    }

    @Override
    public NeedsOverview overview() {
        int k = smallCellThreshold();
        LocalDate today = LocalDate.now(clock);
        var caseload = database.sql("""
                        SELECT count(*) AS assessed,
                               count(*) FILTER (WHERE last_assessed_on > :sixMonthsAgo) AS recent,
                               count(*) FILTER (WHERE reassessment_due <= :today) AS overdue
                        FROM assessed_case_file WHERE open""")
                .param("sixMonthsAgo", today.minusMonths(6)).param("today", today)
                .query((row, n) -> new long[]{row.getLong("assessed"), row.getLong("recent"), row.getLong("overdue")})
                .single();
        Map<UUID, Map<String, Long>> byLevel = new HashMap<>();
        Map<UUID, Map<String, Long>> byStatus = new HashMap<>();
        Map<UUID, Long> urgentUnaddressed = new HashMap<>();
        database.sql("SELECT domain_id, level, status, case_files FROM needs_caseload_tally WHERE case_files > 0")
                .query(row -> {
                    UUID domain = row.getObject("domain_id", UUID.class);
                    String level = row.getString("level");
                    String status = row.getString("status");
                    long count = row.getLong("case_files");
                    byLevel.computeIfAbsent(domain, any -> new HashMap<>()).merge(level, count, Long::sum);
                    if (!NeedLevel.NONE.name().equals(level)) {
                        byStatus.computeIfAbsent(domain, any -> new HashMap<>()).merge(status, count, Long::sum);
                    }
                    if (NeedLevel.URGENT.name().equals(level) && NeedStatus.UNADDRESSED.name().equals(status)) {
                        urgentUnaddressed.merge(domain, count, Long::sum);
                    }
                });
        var domains = domains();
        var figures = domains.stream().map(domain -> new DomainFigures(new NeedDomainId(domain.id()), domain.code(),
                SmallCells.breakdown(inOrder(NeedLevel.values(), byLevel.get(domain.id())), k),
                SmallCells.breakdown(inOrder(NeedStatus.values(), byStatus.get(domain.id())), k))).toList();
        var urgent = new LinkedHashMap<String, Long>();
        domains.forEach(domain -> urgent.put(domain.code(), urgentUnaddressed.getOrDefault(domain.id(), 0L)));
        var barriers = new LinkedHashMap<String, Long>();
        for (Barrier barrier : Barrier.values()) {
            barriers.put(barrier.name(), 0L);
        }
        database.sql("SELECT barrier, case_files FROM barrier_caseload_tally")
                .query(row -> {
                    barriers.put(row.getString("barrier"), row.getLong("case_files"));
                });
        return new NeedsOverview(today, k, SmallCells.count(caseFiles.countOpen(), k),
                SmallCells.count(caseload[0], k), SmallCells.count(caseload[1], k), SmallCells.count(caseload[2], k),
                figures, SmallCells.breakdown(urgent, k), ranked(SmallCells.breakdown(barriers, k)));
    }

    @Override
    public AssessmentEvidence evidence(@Nullable UUID practiceId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidInputException("to", "is more than three years after from");
        }
        int k = smallCellThreshold();
        LocalDate today = LocalDate.now(clock);
        String ofPractice = practiceId == null ? "" : " AND a.practice_id = :practice";
        var done = withPeriod(database.sql("""
                        SELECT count(*) AS assessments,
                               count(*) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM needs_assessment earlier
                                   WHERE earlier.tenant_id = a.tenant_id AND earlier.case_file_id = a.case_file_id
                                     AND (earlier.assessed_on, earlier.id) < (a.assessed_on, a.id))) AS reassessments,
                               count(DISTINCT a.case_file_id) AS case_files
                        FROM needs_assessment a
                        WHERE a.assessed_on BETWEEN :from AND :to""" + ofPractice), practiceId, from, to)
                .query((row, n) -> new long[]{row.getLong("assessments"), row.getLong("reassessments"),
                        row.getLong("case_files")})
                .single();
        Map<UUID, Map<String, Long>> statuses = new HashMap<>();
        withPeriod(database.sql("""
                SELECT n.domain_id, n.status, count(*) AS case_files
                FROM needs_assessment a
                JOIN needs_assessment_need n ON n.tenant_id = a.tenant_id AND n.assessment_id = a.id
                WHERE a.assessed_on BETWEEN :from AND :to AND (a.superseded_on IS NULL OR a.superseded_on > :to)
                  AND n.level <> 'NONE'""" + ofPractice + " GROUP BY n.domain_id, n.status"), practiceId, from, to)
                .query(row -> {
                    statuses.computeIfAbsent(row.getObject("domain_id", UUID.class), any -> new HashMap<>())
                            .put(row.getString("status"), row.getLong("case_files"));
                });
        var due = withPeriod(database.sql("""
                        SELECT count(*) AS due, count(*) FILTER (WHERE a.superseded_on <= :to) AS reassessed
                        FROM needs_assessment a
                        LEFT JOIN assessed_case_file c ON c.tenant_id = a.tenant_id AND c.case_file_id = a.case_file_id
                        WHERE a.reassessment_due BETWEEN :from AND :to
                          AND (a.superseded_on IS NOT NULL OR c.open)""" + ofPractice), practiceId, from, to)
                .query((row, n) -> new long[]{row.getLong("due"), row.getLong("reassessed")})
                .single();
        long recentlyAssessed = database.sql(
                        "SELECT count(*) FROM assessed_case_file WHERE open AND last_assessed_on > :sixMonthsAgo")
                .param("sixMonthsAgo", today.minusMonths(6)).query(Long.class).single();
        var needsByDomain = domains().stream().map(domain -> new DomainStatuses(new NeedDomainId(domain.id()),
                domain.code(), SmallCells.breakdown(inOrder(NeedStatus.values(), statuses.get(domain.id())), k)))
                .toList();
        var community = participatory.figures(practiceId, from, to, k);
        return new AssessmentEvidence(practiceId, from, to, k, done[0], done[1], SmallCells.count(done[2], k),
                SmallCells.share(recentlyAssessed, caseFiles.countOpen(), k), SmallCells.share(due[1], due[0], k),
                needsByDomain, community.assessments(), community.participants(), community.byGender(),
                community.byAgeBand(), community.byGroup(), community.languages(), community.findings(),
                community.findingsWithAction());
    }

    @Override
    public long assessmentsDone(UUID practiceId, LocalDate from, LocalDate to) {
        return database.sql("SELECT count(*) FROM needs_assessment WHERE practice_id = :practice"
                        + " AND assessed_on BETWEEN :from AND :to")
                .param("practice", practiceId).param("from", from).param("to", to).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec withPeriod(JdbcClient.StatementSpec statement, @Nullable UUID practiceId,
                                                       LocalDate from, LocalDate to) {
        var withDates = statement.param("from", from).param("to", to);
        return practiceId == null ? withDates : withDates.param("practice", practiceId);
    }

    private List<Domain> domains() {
        return database.sql("SELECT id, code FROM need_domain ORDER BY position")
                .query((row, n) -> new Domain(row.getObject("id", UUID.class), row.getString("code"))).list();
    }

    /** Every key of {@code order}, zero where nothing was counted, in declaration order. */
    private static Map<String, Long> inOrder(Enum<?>[] order, @Nullable Map<String, Long> counts) {
        var cells = new LinkedHashMap<String, Long>();
        for (Enum<?> key : order) {
            cells.put(key.name(), counts == null ? 0L : counts.getOrDefault(key.name(), 0L));
        }
        return cells;
    }

    /** The shown cells from the largest down, then the suppressed ones by key: the order gives nothing away. */
    private static List<Cell> ranked(List<Cell> cells) {
        var ranked = new ArrayList<>(cells);
        ranked.sort(Comparator.comparing(Cell::suppressed)
                .thenComparing(cell -> cell.count() == null ? 0L : -cell.count())
                .thenComparing(Cell::key));
        return List.copyOf(ranked);
    }

    private int smallCellThreshold() {
        int k = organisations.find(new TenantId(CurrentActor.require().tenantId()))
                .map(Organisation::smallCellThreshold).orElse(Organisations.DEFAULT_SMALL_CELL_THRESHOLD);
        return Math.max(k, Organisations.DEFAULT_SMALL_CELL_THRESHOLD);
    }
}
