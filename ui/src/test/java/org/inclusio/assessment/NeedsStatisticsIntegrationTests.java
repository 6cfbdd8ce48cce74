package org.inclusio.assessment;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeStatus;
import org.inclusio.practice.RecordPractice;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.shared.statistics.Cell;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationType;
import org.inclusio.tenant.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The needs overview and the evidence figures over an organisation of its own, whose every count is known: cells
 * below k = 5 and whatever would give them away are suppressed, a closed case file leaves the active caseload, a
 * reassessment replaces the person's earlier needs, and a practice filter keeps to its assessments.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsStatisticsIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    OrganisationService organisations;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    NeedsAssessmentService assessments;

    @Autowired
    NeedsStatistics statistics;

    @Autowired
    PracticeService practices;

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    Organisation organisation;
    UUID practice;
    final List<CaseFileId> employed = new ArrayList<>();
    final List<CaseFileId> urgent = new ArrayList<>();
    final List<CaseFileId> housed = new ArrayList<>();

    /**
     * Eight people with a high unaddressed employment need (language barrier), six with an urgent one and a medium
     * housing need being addressed (language and documents), five with a low housing need that is met (cost, in the
     * practice). Then one of the eight is reassessed with the need met, and one of the six closes.
     */
    @BeforeAll
    void anOrganisationWithAKnownCaseload() {
        String slug = "needs-" + UUID.randomUUID().toString().substring(0, 8);
        organisation = SystemWork.call("test", null, Set.of(), true, () -> organisations.create(
                new CreateOrganisation("Needs Figures", slug, OrganisationType.NGO, "CZ", "en", List.of("en"),
                        Organisations.DEFAULT_SMALL_CELL_THRESHOLD, 12)));
        Map<String, NeedDomainId> domains = new java.util.HashMap<>();
        practice = as(Role.MANAGER, () -> practices.record(new RecordPractice("Housing advice", null, List.of(),
                List.of(), TODAY.minusYears(1), null, PracticeStatus.RUNNING, List.of(), List.of(), List.of())))
                .id().value();
        as(Role.CASEWORKER, () -> assessments.domains()).forEach(domain -> domains.put(domain.code(), domain.id()));
        NeedDomainId employment = domains.get("EMPLOYMENT");
        NeedDomainId housing = domains.get("HOUSING");
        for (int i = 0; i < 8; i++) {
            var caseFile = caseFile("Employed " + i);
            employed.add(caseFile);
            assess(caseFile, TODAY.minusDays(10), List.of(new NeedEntry(employment, NeedLevel.HIGH, null,
                    NeedStatus.UNADDRESSED)), Set.of(Barrier.LANGUAGE), null);
        }
        for (int i = 0; i < 6; i++) {
            var caseFile = caseFile("Urgent " + i);
            urgent.add(caseFile);
            assess(caseFile, TODAY.minusDays(9), List.of(
                    new NeedEntry(employment, NeedLevel.URGENT, null, NeedStatus.UNADDRESSED),
                    new NeedEntry(housing, NeedLevel.MEDIUM, null, NeedStatus.BEING_ADDRESSED)),
                    Set.of(Barrier.LANGUAGE, Barrier.DOCUMENTS), null);
        }
        for (int i = 0; i < 5; i++) {
            var caseFile = caseFile("Housed " + i);
            housed.add(caseFile);
            assess(caseFile, TODAY.minusDays(8), List.of(new NeedEntry(housing, NeedLevel.LOW, null,
                    NeedStatus.MET)), Set.of(Barrier.COST), practice);
        }
        assess(employed.getFirst(), TODAY.minusDays(2), List.of(new NeedEntry(employment, NeedLevel.LOW, null,
                NeedStatus.MET)), Set.of(), null);
        as(Role.CASEWORKER, () -> caseFiles.close(urgent.getFirst(), ClosingReason.GOALS_REACHED));
    }

    @Test
    void theOverviewCountsTheLatestAssessmentOfEveryOpenCaseFileAndSuppressesSmallCells() {
        NeedsOverview overview = as(Role.MANAGER, () -> statistics.overview());

        assertThat(overview.smallCellThreshold()).isEqualTo(5);
        assertThat(overview.activeCaseFiles()).isEqualTo(18L);
        assertThat(overview.assessedCaseFiles()).isEqualTo(18L);
        assertThat(overview.assessedInSixMonths()).isEqualTo(18L);
        assertThat(overview.overdueReassessments()).isZero();
        var employment = domain(overview, "EMPLOYMENT");
        assertThat(employment.byLevel()).as("one low (suppressed) takes the next smallest, urgent, with it")
                .containsExactly(new Cell("NONE", 0L), new Cell("LOW", null), new Cell("MEDIUM", 0L),
                        new Cell("HIGH", 7L), new Cell("URGENT", null));
        assertThat(employment.byStatus()).containsExactly(new Cell("MET", null), new Cell("BEING_ADDRESSED", 0L),
                new Cell("UNADDRESSED", null));
        var housing = domain(overview, "HOUSING");
        assertThat(housing.byLevel()).containsExactly(new Cell("NONE", 0L), new Cell("LOW", 5L),
                new Cell("MEDIUM", 5L), new Cell("HIGH", 0L), new Cell("URGENT", 0L));
        assertThat(housing.byStatus()).containsExactly(new Cell("MET", 5L), new Cell("BEING_ADDRESSED", 5L),
                new Cell("UNADDRESSED", 0L));
        assertThat(overview.unaddressedUrgent()).contains(new Cell("EMPLOYMENT", 5L), new Cell("HOUSING", 0L));
        assertThat(overview.barriers()).as("ranked, the closed case file no longer counted").startsWith(
                new Cell("LANGUAGE", 12L), new Cell("COST", 5L), new Cell("DOCUMENTS", 5L));
        assertThat(overview.domains()).extracting(NeedsOverview.DomainFigures::code).startsWith(
                "RESIDENCE_AND_DOCUMENTS").contains("SAFETY").endsWith("OTHER");
    }

    @Test
    void evidenceCountsThePeriodsAssessmentsAndTheLastOneOfEachCaseFile() {
        AssessmentEvidence evidence = as(Role.MANAGER, () -> statistics.evidence(null, TODAY.minusDays(30), TODAY));

        assertThat(evidence.assessmentsDone()).isEqualTo(20);
        assertThat(evidence.reassessmentsDone()).isEqualTo(1);
        assertThat(evidence.caseFilesAssessed()).isEqualTo(19L);
        assertThat(evidence.shareActiveAssessedInSixMonths()).isEqualTo(1.0);
        assertThat(evidence.reassessmentCoverage()).as("nothing fell due in the period").isNull();
        assertThat(statuses(evidence, "EMPLOYMENT")).as("13 unaddressed and 1 met: the lone small cell drags the other")
                .containsExactly(new Cell("MET", null), new Cell("BEING_ADDRESSED", 0L), new Cell("UNADDRESSED", null));
        assertThat(statuses(evidence, "HOUSING")).containsExactly(new Cell("MET", 5L),
                new Cell("BEING_ADDRESSED", 6L), new Cell("UNADDRESSED", 0L));
        assertThat(evidence.participatoryAssessments()).isZero();

        AssessmentEvidence before = as(Role.MANAGER, () -> statistics.evidence(null, TODAY.minusDays(30),
                TODAY.minusDays(5)));
        assertThat(before.reassessmentsDone()).isZero();
        assertThat(statuses(before, "EMPLOYMENT")).as("before the reassessment all 14 were unaddressed")
                .containsExactly(new Cell("MET", 0L), new Cell("BEING_ADDRESSED", 0L), new Cell("UNADDRESSED", 14L));
    }

    @Test
    void evidenceForAPracticeKeepsToItsAssessments() {
        AssessmentEvidence evidence = as(Role.ORG_ADMIN, () -> statistics.evidence(practice, TODAY.minusDays(30),
                TODAY));

        assertThat(evidence.practiceId()).isEqualTo(practice);
        assertThat(evidence.assessmentsDone()).isEqualTo(5);
        assertThat(evidence.caseFilesAssessed()).isEqualTo(5L);
        assertThat(statuses(evidence, "HOUSING")).containsExactly(new Cell("MET", 5L),
                new Cell("BEING_ADDRESSED", 0L), new Cell("UNADDRESSED", 0L));
        assertThat(statuses(evidence, "EMPLOYMENT")).allMatch(cell -> Long.valueOf(0).equals(cell.count()));
    }

    @Test
    void onlyManagersAndAdministratorsSeeTheFiguresAndAPeriodMustMakeSense() {
        for (Role role : List.of(Role.CASEWORKER, Role.INTERCULTURAL_WORKER, Role.PROTECTION_FOCAL_POINT)) {
            assertThatThrownBy(() -> as(role, () -> statistics.overview()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> as(role, () -> statistics.evidence(null, TODAY.minusDays(1), TODAY)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThatThrownBy(() -> as(Role.MANAGER, () -> statistics.evidence(null, TODAY, TODAY.minusDays(1))))
                .isInstanceOf(InvalidInputException.class);

        var tokens = new ApiTokens(port);
        client.get().uri("http://localhost:" + port + "/api/v1/needs-overview")
                .header("Authorization", "Bearer " + tokens.user("city-caseworker")).exchange()
                .expectStatus().isForbidden();
        client.get().uri("http://localhost:" + port + "/api/v1/needs-evidence?from=2026-01-01&to=2025-01-01")
                .header("Authorization", "Bearer " + tokens.user("city-manager")).exchange()
                .expectStatus().isBadRequest();
        client.get().uri("http://localhost:" + port + "/api/v1/needs-overview")
                .header("Authorization", "Bearer " + tokens.user("city-manager")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.smallCellThreshold").isNumber()
                .jsonPath("$.domains[0].byLevel[0].key").isEqualTo("NONE");
    }

    private CaseFileId caseFile(String name) {
        return as(Role.CASEWORKER, () -> caseFiles.create(CaseFileDetails.named(name),
                List.of(ConsentPurpose.CASE_WORK)).id());
    }

    private void assess(CaseFileId caseFile, LocalDate on, List<NeedEntry> needs, Set<Barrier> barriers,
                        UUID practiceId) {
        as(Role.CASEWORKER, () -> assessments.record(new RecordNeedsAssessment(caseFile, on,
                AssessmentMethod.INTERVIEW, "en", needs, barriers, null, null, null, null, practiceId)));
    }

    private static NeedsOverview.DomainFigures domain(NeedsOverview overview, String code) {
        return overview.domains().stream().filter(domain -> domain.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Cell> statuses(AssessmentEvidence evidence, String code) {
        return evidence.needsByDomain().stream().filter(domain -> domain.code().equals(code)).findFirst()
                .orElseThrow().byStatus();
    }

    private <T> T as(Role role, Supplier<T> work) {
        return SystemWork.callIn("test", organisation.id().value(), Set.of(role), work);
    }
}
