package org.inclusio.assessment.internal;

import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.inclusio.assessment.AssessmentMethod;
import org.inclusio.assessment.Barrier;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedEntry;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;
import org.inclusio.assessment.NeedsAssessment;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.RecordNeedsAssessment;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationType;
import org.inclusio.tenant.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload tallies kept in every writing transaction equal a count from scratch over the latest assessment of
 * every open case file, after a random mix of assessments, corrections, closings and reopenings; and the repair
 * rebuilds exactly the same rows.
 */
@IntegrationTest
class CaseloadTalliesIntegrationTests {

    private static final String EXPECTED_NEEDS = """
            SELECT n.domain_id || '/' || n.level || '/' || n.status AS cell, count(*) AS case_files
            FROM needs_assessment_need n JOIN (
                SELECT DISTINCT ON (a.case_file_id) a.id
                FROM needs_assessment a JOIN case_file c ON c.tenant_id = a.tenant_id AND c.id = a.case_file_id
                WHERE a.tenant_id = ? AND c.status = 'OPEN'
                ORDER BY a.case_file_id, a.assessed_on DESC, a.created_at DESC, a.id DESC) latest
              ON latest.id = n.assessment_id
            GROUP BY 1""";
    private static final String EXPECTED_BARRIERS = """
            SELECT b.barrier AS cell, count(*) AS case_files
            FROM (SELECT DISTINCT ON (a.case_file_id) a.barriers
                  FROM needs_assessment a JOIN case_file c ON c.tenant_id = a.tenant_id AND c.id = a.case_file_id
                  WHERE a.tenant_id = ? AND c.status = 'OPEN'
                  ORDER BY a.case_file_id, a.assessed_on DESC, a.created_at DESC, a.id DESC) latest
            CROSS JOIN unnest(latest.barriers) AS b (barrier)
            GROUP BY 1""";
    private static final String KEPT_NEEDS = """
            SELECT domain_id || '/' || level || '/' || status AS cell, case_files FROM needs_caseload_tally
            WHERE tenant_id = ? AND case_files > 0""";
    private static final String KEPT_BARRIERS = """
            SELECT barrier AS cell, case_files FROM barrier_caseload_tally WHERE tenant_id = ? AND case_files > 0""";

    @Autowired
    OrganisationService organisations;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    NeedsAssessmentService assessments;

    @Autowired
    CaseloadTallies tallies;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    @Test
    void theTalliesEqualACountFromScratchAfterRandomWorkAndTheRepairRebuildsThemExactly() {
        String slug = "tallies-" + UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = SystemWork.call("test", null, Set.of(), true, () -> organisations.create(
                new CreateOrganisation("Tallies", slug, OrganisationType.NGO, "CZ", "en", List.of("en"),
                        Organisations.DEFAULT_SMALL_CELL_THRESHOLD, 12))).id().value();
        Supplier<List<NeedDomain>> listDomains = () -> assessments.domains();
        List<NeedDomain> domains = as(organisation, listDomains).subList(0, 5);
        var random = new Random(20_261_124L);
        List<CaseFileId> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(as(organisation, () -> caseFiles.create(CaseFileDetails.named("Person " + UUID.randomUUID()),
                    List.of(ConsentPurpose.CASE_WORK)).id()));
        }
        Set<CaseFileId> closed = new HashSet<>();
        List<NeedsAssessment> recorded = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            int roll = random.nextInt(10);
            var person = people.get(random.nextInt(people.size()));
            if (roll < 5 && !closed.contains(person)) {
                recorded.add(as(organisation, () -> assessments.record(randomAssessment(random, person, domains))));
            } else if (roll < 7 && !recorded.isEmpty()) {
                var earlier = recorded.get(random.nextInt(recorded.size()));
                if (!closed.contains(earlier.caseFile())) {
                    var current = as(organisation, () -> assessments.get(earlier.id()));
                    as(organisation, () -> assessments.update(current.id(), current.version(),
                            randomAssessment(random, current.caseFile(), domains)));
                }
            } else if (roll < 9 && !closed.contains(person)) {
                as(organisation, () -> caseFiles.close(person, ClosingReason.MOVED_AWAY));
                closed.add(person);
            } else if (closed.contains(person)) {
                as(organisation, () -> caseFiles.reopen(person));
                closed.remove(person);
            }
        }
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        var expectedNeeds = cells(superuser, EXPECTED_NEEDS, organisation);
        var expectedBarriers = cells(superuser, EXPECTED_BARRIERS, organisation);
        assertThat(expectedNeeds).as("the random work left something to count").isNotEmpty();

        assertThat(cells(superuser, KEPT_NEEDS, organisation)).isEqualTo(expectedNeeds);
        assertThat(cells(superuser, KEPT_BARRIERS, organisation)).isEqualTo(expectedBarriers);

        var keptCaseFiles = superuser.queryForList("SELECT * FROM assessed_case_file WHERE tenant_id = ?"
                + " ORDER BY case_file_id", organisation);
        as(organisation, () -> new TransactionTemplate(transactions).execute(status -> {
            tallies.rebuild();
            return null;
        }));
        assertThat(cells(superuser, KEPT_NEEDS, organisation)).isEqualTo(expectedNeeds);
        assertThat(cells(superuser, KEPT_BARRIERS, organisation)).isEqualTo(expectedBarriers);
        assertThat(superuser.queryForList("SELECT * FROM assessed_case_file WHERE tenant_id = ?"
                + " ORDER BY case_file_id", organisation)).isEqualTo(keptCaseFiles);
    }

    private static RecordNeedsAssessment randomAssessment(Random random, CaseFileId person, List<NeedDomain> domains) {
        var needs = new ArrayList<NeedEntry>();
        for (NeedDomain domain : domains) {
            if (random.nextInt(3) > 0) {
                needs.add(new NeedEntry(domain.id(), NeedLevel.values()[random.nextInt(NeedLevel.values().length)],
                        null, NeedStatus.values()[random.nextInt(NeedStatus.values().length)]));
            }
        }
        var barriers = EnumSet.noneOf(Barrier.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            barriers.add(Barrier.values()[random.nextInt(Barrier.OTHER.ordinal())]);
        }
        return new RecordNeedsAssessment(person, LocalDate.now().minusDays(random.nextInt(200)),
                AssessmentMethod.INTERVIEW, "en", needs, barriers, null, null, null, null, null);
    }

    private static Map<String, Long> cells(JdbcTemplate database, String sql, UUID organisation) {
        var cells = new LinkedHashMap<String, Long>();
        database.query(sql + " ORDER BY 1", row -> {
            cells.put(row.getString("cell"), row.getLong("case_files"));
        }, organisation);
        return cells;
    }

    private static <T> T as(UUID organisation, Supplier<T> work) {
        return SystemWork.callIn("test", organisation, Set.of(Role.CASEWORKER), work);
    }
}
