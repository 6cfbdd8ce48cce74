package org.inclusio.consultation;

import org.inclusio.RestApi;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.Gender;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services themselves, called as the system acting with given roles: they refuse what a role may not do
 * whatever calls them, and a case file's timeline holds what the caller may read.
 */
@IntegrationTest
class ConsultationServiceIntegrationTests {

    @Autowired
    ConsultationService consultations;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ReferralService referrals;

    @Autowired
    PartnerService partners;

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
    }

    @Test
    void eachServiceRefusesTheRolesThatMayNotUseIt() {
        var session = new LogConsultation(ConsultationType.GROUP_SESSION, ConsultationPurpose.SERVICE_DELIVERY,
                LocalDate.now(), null, 60, Channel.IN_PERSON, null, "cs", false, false, Set.of(), Set.of(),
                List.of(new Headcount(Gender.FEMALE,
                        AgeBand.AGE_25_34, 3)), null, List.of(), null, null, Set.of(), null,
                null);
        var followUp = new CreateFollowUp("Call back", null, LocalDate.now(), null, null);

        for (Role role : List.of(Role.ORG_ADMIN, Role.PROTECTION_FOCAL_POINT)) {
            assertThatThrownBy(() -> as(role, () -> consultations.log(session)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> as(role, () -> followUps.create(followUp)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> as(role, () -> referrals.create(new CreateReferral(
                    new CaseFileId(UUID.randomUUID()), new PartnerId(UUID.randomUUID()), "x", null))))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThatThrownBy(() -> as(Role.ORG_ADMIN, () -> consultations.list(ConsultationFilter.NONE, null, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(Role.INTERCULTURAL_WORKER, () -> referrals.list(ReferralFilter.NONE, null, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(Role.INTERCULTURAL_WORKER, () -> partners.create(new PartnerDetails(
                "Volunteer's pick " + UUID.randomUUID(), PartnerKind.NGO, null, null, null))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> SystemWork.callIn("test", organisation("demo-city"), Set.of(),
                () -> consultations.list(ConsultationFilter.NONE, null, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);

        assertThat(as(Role.INTERCULTURAL_WORKER, () -> consultations.log(session)).participants()).isEqualTo(3);
        assertThat(as(Role.PROTECTION_FOCAL_POINT, () -> consultations.list(ConsultationFilter.NONE, null, 10))
                .items()).isNotEmpty();
        assertThat(as(Role.ORG_ADMIN, () -> partners.create(new PartnerDetails("Admin's pick " + UUID.randomUUID(),
                PartnerKind.NGO, null, null, null))).name()).startsWith("Admin's pick");
    }

    @Test
    void aCaseFilesTimelineHasItsConsultationsFollowUpsAndReferralsNewestFirst() {
        String caseworker = api.token("city-caseworker");
        String caseFile = api.caseFile(caseworker, "CASE_WORK", "REFERRAL_TO_PARTNERS");
        JsonNode older = api.created("/api/v1/consultations", caseworker, individual(caseFile, LocalDate.now()
                .minusDays(30)));
        JsonNode newer = api.created("/api/v1/consultations", caseworker, individual(caseFile, LocalDate.now()
                .minusDays(2)));
        JsonNode followUp = api.created("/api/v1/follow-ups", caseworker, """
                {"what":"Bring the birth certificate","dueOn":"%s","caseFile":"%s","consultation":"%s"}"""
                .formatted(LocalDate.now().plusDays(5), caseFile, newer.get("id").asText()));
        JsonNode referral = api.created("/api/v1/referrals", caseworker, """
                {"caseFile":"%s","partner":"%s","reason":"Legal advice","sentOn":"%s"}"""
                .formatted(caseFile, api.partner(caseworker), LocalDate.now().minusDays(10)));
        var id = new CaseFileId(UUID.fromString(caseFile));

        List<TimelineEntry> timeline = as(Role.CASEWORKER, () -> consultations.timeline(id));
        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.FOLLOW_UP,
                TimelineEntry.Kind.CONSULTATION, TimelineEntry.Kind.REFERRAL, TimelineEntry.Kind.CONSULTATION);
        assertThat(timeline.get(0).followUp().id().value().toString()).isEqualTo(followUp.get("id").asText());
        assertThat(timeline.get(1).consultation().id().value().toString()).isEqualTo(newer.get("id").asText());
        assertThat(timeline.get(2).referral().id().value().toString()).isEqualTo(referral.get("id").asText());
        assertThat(timeline.get(3).consultation().id().value().toString()).isEqualTo(older.get("id").asText());

        assertThat(as(Role.INTERCULTURAL_WORKER, () -> consultations.timeline(id))).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.FOLLOW_UP, TimelineEntry.Kind.CONSULTATION,
                        TimelineEntry.Kind.CONSULTATION);
        assertThatThrownBy(() -> SystemWork.callIn("test", organisation("demo-aid"), Set.of(Role.CASEWORKER),
                () -> consultations.timeline(id))).isInstanceOf(NotFoundException.class);
    }

    /** Topics are per organisation: one created after the migration gets the seeded ones at once. */
    @Test
    void aNewOrganisationGetsTheSeededTopics() {
        String slug = "topics-" + UUID.randomUUID().toString().substring(0, 8);
        api.created("/api/v1/platform/organisations", api.token("platform-admin"), """
                {"name":"Topics Test","slug":"%s","type":"NGO","country":"CZ","defaultLanguage":"en",
                 "languages":["en"],"smallCellThreshold":5,"retentionMonths":60}""".formatted(slug));
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        assertThat(superuser.queryForList("""
                SELECT t.code FROM topic t JOIN organisation o ON o.id = t.tenant_id WHERE o.slug = ?
                ORDER BY t.position""", String.class, slug)).hasSize(13).startsWith("RESIDENCE_AND_DOCUMENTS")
                .endsWith("OTHER");
    }

    private static String individual(String caseFile, LocalDate heldOn) {
        return """
                {"type":"INDIVIDUAL_COUNSELLING","purpose":"SERVICE_DELIVERY","heldOn":"%s","durationMinutes":30,
                 "channel":"PHONE","language":"ar","caseFiles":["%s"]}""".formatted(heldOn, caseFile);
    }

    private <T> T as(Role role, Supplier<T> work) {
        return SystemWork.callIn("test", organisation("demo-city"), Set.of(role), work);
    }

    private UUID organisation(String slug) {
        return jdbc.queryForObject("SELECT id FROM organisation WHERE slug = ?", UUID.class, slug);
    }
}
