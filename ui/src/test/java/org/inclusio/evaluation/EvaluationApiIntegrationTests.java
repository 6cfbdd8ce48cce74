package org.inclusio.evaluation;

import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.inclusio.RestApi;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.junit.jupiter.api.BeforeEach;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evaluations through the REST API: a practice evaluated to final against the SPRING criteria with suggestions from
 * its evidence, the evidence frozen and the evaluation locked (API and database), the scorecard with the framework's
 * own criterion names and the previous evaluation, a seed page imported and exported, and who may do it.
 */
@IntegrationTest
class EvaluationApiIntegrationTests {

    private static final String BASE = "/api/v1/evaluations";
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @Autowired
    EvaluationSchedules schedules;

    @LocalServerPort
    int port;

    RestApi api;
    String manager;
    String spring;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
        manager = api.token("city-manager");
        for (JsonNode framework : api.getJson("/api/v1/frameworks", manager).get("items")) {
            if (framework.get("key").asText().equals("spring-good-practice-criteria")) {
                spring = framework.get("id").asText();
            }
        }
    }

    @Test
    void aPracticeIsEvaluatedToFinalWithSuggestionsFromItsEvidenceThenFrozenAndLocked() {
        String practice = practice();
        api.created("/api/v1/consultations", manager, """
                {"type":"FOCUS_GROUP","purpose":"EVALUATION","heldOn":"%s","durationMinutes":90,"channel":"IN_PERSON",
                 "language":"uk","headcounts":[{"gender":"FEMALE","ageBand":"AGE_25_34","count":5},
                 {"gender":"MALE","ageBand":"AGE_35_49","count":4},{"gender":"FEMALE","ageBand":"AGE_50_64","count":2}],
                 "accommodations":["COMPENSATION"],"compensationAmount":300,"practiceId":"%s"}"""
                .formatted(TODAY.minusDays(10), practice));
        JsonNode opened = api.created(BASE, manager, """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, TODAY.minusMonths(1), TODAY));
        String path = BASE + "/" + opened.get("id").asText();
        assertThat(opened.get("status").asText()).isEqualTo("DRAFT");
        assertThat(opened.get("framework").get("items").asInt()).isEqualTo(40);

        Map<String, String> suggested = new HashMap<>();
        opened.get("suggestions").forEach(suggestion -> suggested.put(suggestion.get("item").asText(),
                suggestion.get("rating").asText()));
        assertThat(suggested).as("one compensated evaluation workshop, 3 partners, EU and municipal money, no feedback"
                        + " channel, 5 of 11 consulted women from 3 age bands")
                .containsEntry("IP3.3", "MET").containsEntry("SU2.1", "MET").containsEntry("SU2.2", "MET")
                .containsEntry("IP3.2", "NOT_MET").containsEntry("IP1.1", "MET").containsEntry("RC1.1", "NOT_MET");
        assertThat(evidence(opened)).containsEntry("CONSULTATIONS_HELD", "1").containsEntry("PARTNERS", "3");

        JsonNode saved = api.put(path, manager, "\"0\"", """
                {"ratings":[{"item":"IP3.3","rating":"MET","note":"Paid workshop"},{"item":"IP3.2","rating":"NOT_MET"},
                 {"item":"SU2.1","rating":"PARTLY_MET"},{"item":"PC1.1","rating":"NOT_APPLICABLE"}],
                 "answers":[{"question":"IP3","narrative":"An evaluation workshop with clients.",
                 "inspiringTools":["Workshop guide"]}]}""").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        long version = saved.get("version").asLong();
        JsonNode review = move(path, version, "IN_REVIEW");
        JsonNode finalised = move(path, review.get("version").asLong(), "FINAL");
        assertThat(finalised.get("finalisedAt").isNull()).isFalse();

        api.created("/api/v1/consultations", manager, RestApi.groupSession(TODAY.minusDays(2).toString(), "cs")
                .replace("}]}", "}],\"practiceId\":\"" + practice + "\"}"));
        JsonNode later = api.getJson(path, manager);
        assertThat(evidence(later)).as("frozen at final").containsEntry("CONSULTATIONS_HELD", "1");

        JsonNode refused = api.put(path, manager, "\"" + later.get("version").asLong() + "\"",
                "{\"ratings\":[{\"item\":\"IP3.2\",\"rating\":\"MET\"}]}").expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("status");
        api.post(path + "/status", manager, "{\"status\":\"DRAFT\"}").expectStatus().isEqualTo(428);

        var superuser = OwnerDatabase.superuser(environment);
        String id = later.get("id").asText();
        assertThatThrownBy(() -> superuser.update("UPDATE evaluation_rating SET rating = 'MET' WHERE evaluation_id ="
                + " ?::uuid AND item_code = 'IP3.2'", id)).rootCause()
                .hasMessageContaining("a final evaluation cannot change");
        assertThatThrownBy(() -> superuser.update("UPDATE evaluation SET period_to = period_to - 1 WHERE id = ?::uuid",
                id)).rootCause().hasMessageContaining("a final evaluation cannot change");
        assertThatThrownBy(() -> superuser.update("DELETE FROM evaluation_answer WHERE evaluation_id = ?::uuid", id))
                .rootCause().hasMessageContaining("a final evaluation cannot change");

        byte[] report = client.get().uri(path + "/report.pdf").header(HttpHeaders.AUTHORIZATION, "Bearer " + manager)
                .exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        String cover = pdfText(report, 1, 1);
        assertThat(cover).contains("Evaluation of Evaluated", "SPRING Good Practice Criteria", "Inclusivity &",
                "Some items are not met");
        assertThat(pdfText(report, 2, Integer.MAX_VALUE).replace("\n", " ")).contains("An evaluation workshop with clients.", "Workshop guide",
                "Paid workshop", "Partly met");

        JsonNode correction = api.created(path + "/corrections", manager, "");
        assertThat(correction.get("status").asText()).isEqualTo("DRAFT");
        assertThat(correction.get("corrects").asText()).isEqualTo(id);
        assertThat(ratings(correction)).containsEntry("IP3.3", "MET").containsEntry("SU2.1", "PARTLY_MET");
    }

    @Test
    void theScorecardCountsPerCriterionUnderTheFrameworksNamesAndComparesWithThePreviousEvaluation() {
        String practice = practice();
        String first = finalEvaluation(practice, TODAY.minusMonths(12), TODAY.minusMonths(6).minusDays(1), """
                [{"item":"IP1.1","rating":"MET"},{"item":"IP1.2","rating":"NOT_MET"},{"item":"RC1.1","rating":"MET"}]""");
        JsonNode second = api.created(BASE, manager, """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, TODAY.minusMonths(6), TODAY));
        String path = BASE + "/" + second.get("id").asText();
        api.put(path, manager, "\"0\"", """
                {"ratings":[{"item":"IP1.1","rating":"MET"},{"item":"IP1.2","rating":"MET"},
                 {"item":"IP1.3","rating":"PARTLY_MET"},{"item":"IP2.1","rating":"NOT_APPLICABLE"},
                 {"item":"RC1.1","rating":"NOT_MET"}]}""").expectStatus().isOk();

        JsonNode scorecard = api.getJson(path + "/scorecard", manager);
        List<String> criteria = new ArrayList<>();
        scorecard.get("criteria").forEach(criterion -> criteria.add(criterion.get("name").asText() + " "
                + criterion.get("met").asInt() + "/" + criterion.get("partlyMet").asInt() + "/"
                + criterion.get("notMet").asInt() + "/" + criterion.get("notApplicable").asInt()));
        assertThat(criteria).containsExactly("Inclusivity & Participation 2/1/0/1",
                "Relevance & Complementarity 0/0/1/0", "Effectiveness 0/0/0/0", "Sustainability 0/0/0/0",
                "Partnership & Collaboration 0/0/0/0");
        assertThat(scorecard.get("criteria").get(0).get("share").decimalValue()).isEqualByComparingTo("0.67");
        assertThat(scorecard.get("overall").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(scorecard.get("reading").asText()).isEqualTo("IMPROVE");
        assertThat(scorecard.get("previous").get("evaluation").asText()).isEqualTo(first);
        assertThat(scorecard.get("previous").get("criteria").get(0).get("met").asInt()).isEqualTo(1);
    }

    @Test
    void aSeedPageImportsWithEveryMarkAndExportsBackInTheSpringLayout() throws IOException {
        String page;
        try (var file = getClass().getResourceAsStream("/seeds/spring-practices.txt")) {
            String seed = new String(file.readAllBytes(), StandardCharsets.UTF_8);
            page = seed.substring(0, seed.indexOf("Inclusivity & Participation", seed.indexOf("Partnership")));
        }
        String practice = practice();
        JsonNode imported = importPage(practice, page);
        assertThat(imported.get("status").asText()).isEqualTo("DRAFT");
        JsonNode scorecard = api.getJson(BASE + "/" + imported.get("id").asText() + "/scorecard", manager);
        List<String> marks = new ArrayList<>();
        scorecard.get("criteria").forEach(criterion -> marks.add(criterion.get("met").asInt() + "/"
                + criterion.get("notMet").asInt()));
        assertThat(marks).as("✓ and – per criterion on the first practice's page")
                .containsExactly("9/0", "11/0", "7/3", "4/2", "4/0");
        assertThat(answers(imported).get("IP1")).startsWith("The project is aimed at two different target groups");

        String exported = client.get().uri(BASE + "/" + imported.get("id").asText() + "/spring-page")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + manager).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(exported).contains("Good practice checklist\n\n✓ Adopt a participatory",
                "– Assess whether interventions contribute to long-term sustainable change.");
        JsonNode again = importPage(practice, exported);
        assertThat(ratings(again)).isEqualTo(ratings(imported));
        assertThat(answers(again)).isEqualTo(answers(imported));

        JsonNode nothing = client.post().uri("/api/v1/practices/" + practice + "/evaluations/spring-page")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + manager).contentType(MediaType.TEXT_PLAIN)
                .body("Just a shopping list").exchange().expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(nothing.get("errors").get(0).get("field").asText()).isEqualTo("page");
    }

    @Test
    void onlyManagersAndManagerClientsEvaluateAndOtherOrganisationsSeeNothing() {
        String practice = practice();
        String body = """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, TODAY.minusMonths(1), TODAY);
        for (String username : List.of("city-caseworker", "city-admin", "city-volunteer")) {
            api.post(BASE, api.token(username), body).expectStatus().isForbidden();
        }
        JsonNode opened = api.created(BASE, api.integrationClient("demo-city"), body);
        String path = BASE + "/" + opened.get("id").asText();
        String other = api.token("aid-manager");
        api.get(path, other).expectStatus().isNotFound();
        assertThat(api.getJson(BASE, other).get("items")).as("Demo Aid sees only its own (demo) evaluation")
                .extracting(item -> item.get("framework").asText())
                .containsOnly("UNHCR/MPG handbook: key areas and overarching checklist");
        api.get(path + "/scorecard", other).expectStatus().isNotFound();
        api.get(path + "/spring-page", other).expectStatus().isNotFound();
        JsonNode foreign = api.post(BASE, other, body).expectStatus().isBadRequest().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(foreign.get("errors").get(0).get("field").asText()).isEqualTo("practice");
    }

    @Test
    void improvementActionsAreCarriedIntoTheNextEvaluationsUntilDone() {
        String practice = practice();
        String first = finalEvaluation(practice, TODAY.minusMonths(12), TODAY.minusMonths(6).minusDays(1),
                "[{\"item\":\"IP3.2\",\"rating\":\"NOT_MET\"}]");
        String me = api.getJson("/api/v1/me", manager).get("id").asText();
        JsonNode action = api.created(BASE + "/" + first + "/actions", manager, """
                {"item":"IP3.2","description":"Print the feedback QR code on every leaflet","owner":"%s",
                 "dueOn":"%s"}""".formatted(me, TODAY.minusDays(5)));
        assertThat(action.get("overdue").asBoolean()).isTrue();
        assertThat(action.get("ownerName").asText()).isNotBlank();
        JsonNode refused = api.post(BASE + "/" + first + "/actions", manager, """
                {"item":"ZZ9.9","description":"x","owner":"%s","dueOn":"%s"}""".formatted(UUID.randomUUID(), TODAY))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(refused.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("item", "owner");

        String second = api.created(BASE, manager, """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, TODAY.minusMonths(6), TODAY)).get("id").asText();
        JsonNode carried = api.getJson(BASE + "/" + second + "/actions", manager).get("items");
        assertThat(carried).extracting(row -> row.get("description").asText())
                .containsExactly("Print the feedback QR code on every leaflet");
        assertThat(carried.get(0).get("raisedIn").asText()).isEqualTo(first);

        String path = "/api/v1/improvement-actions/" + action.get("id").asText();
        String done = """
                {"item":"IP3.2","description":"Print the feedback QR code on every leaflet","owner":"%s",
                 "dueOn":"%s","done":"%s"}""".formatted(me, TODAY.minusDays(5), TODAY);
        api.put(path, api.token("aid-manager"), "\"0\"", done).expectStatus().isNotFound();
        api.put(path, manager, "\"0\"", done).expectStatus().isOk();
        assertThat(api.getJson(BASE + "/" + second + "/actions", manager).get("items").get(0).get("done").asText())
                .as("done during this period: still shown, as done").isEqualTo(TODAY.toString());
        String third = api.created(BASE, manager, """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, TODAY.plusDays(1), TODAY.plusMonths(6))).get("id").asText();
        assertThat(api.getJson(BASE + "/" + third + "/actions", manager).get("items"))
                .as("done before this period began: no longer carried").isEmpty();
    }

    @Test
    void theEvaluationRecordsTheBeneficiariesChannelAndItsWorkshopUntilFinal() {
        String practice = practice();
        String workshop = api.created("/api/v1/consultations", manager, """
                {"type":"FOCUS_GROUP","purpose":"EVALUATION","heldOn":"%s","durationMinutes":120,"channel":"IN_PERSON",
                 "language":"ru","headcounts":[{"gender":"FEMALE","ageBand":"AGE_35_49","count":7}],
                 "practiceId":"%s"}""".formatted(TODAY.minusDays(3), practice)).get("id").asText();
        String session = api.created("/api/v1/consultations", manager, RestApi.groupSession(
                TODAY.minusDays(3).toString(), "cs")).get("id").asText();
        String channel = api.created("/api/v1/feedback-channels", manager, """
                {"name":"What did the practice change for you %s","practice":"%s","languages":["en"],"opensOn":"%s",
                 "questions":[]}""".formatted(UUID.randomUUID(), practice, TODAY.minusDays(20))).get("id").asText();
        JsonNode opened = api.created(BASE, manager, """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, TODAY.minusMonths(1), TODAY));
        String path = BASE + "/" + opened.get("id").asText();

        JsonNode refused = api.put(path + "/participation", manager, "\"0\"", """
                {"feedbackChannel":"%s","workshop":"%s"}""".formatted(UUID.randomUUID(), session))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(refused.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("feedbackChannel", "workshop");
        JsonNode attached = api.put(path + "/participation", manager, "\"0\"", """
                {"feedbackChannel":"%s","workshop":"%s"}""".formatted(channel, workshop)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(attached.get("participation").get("channelName").asText()).startsWith("What did the practice");
        assertThat(attached.get("participation").get("workshopParticipants").asInt()).isEqualTo(7);

        long version = attached.get("version").asLong();
        JsonNode finalised = move(path, move(path, version, "IN_REVIEW").get("version").asLong(), "FINAL");
        api.put(path + "/participation", manager, "\"" + finalised.get("version").asLong() + "\"",
                "{\"feedbackChannel\":null,\"workshop\":null}").expectStatus().isBadRequest();
        assertThat(api.getJson(path, manager).get("participation").get("workshop").asText()).isEqualTo(workshop);
    }

    @Test
    void aScheduleOpensTheDraftOfTheLatestEndedPeriodOnceAndMovesOn() {
        String practice = practice();
        String path = "/api/v1/practices/" + practice + "/evaluation-schedule";
        String body = """
                {"framework":"%s","cadence":"QUARTERLY","firstPeriodFrom":"%s"}""";
        api.put(path, api.token("city-caseworker"), null, body.formatted(spring, TODAY.minusMonths(7)))
                .expectStatus().isForbidden();
        JsonNode refused = api.put(path, manager, null, body.formatted(UUID.randomUUID(), TODAY.minusMonths(7)))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("framework");
        api.get(path, manager).expectStatus().isNotFound();

        JsonNode schedule = api.put(path, manager, null, body.formatted(spring, TODAY.minusMonths(7)))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(schedule.get("nextPeriodTo").asText()).isEqualTo(TODAY.minusMonths(4).minusDays(1).toString());
        api.get(path, api.token("aid-manager")).expectStatus().isNotFound();

        UUID city = OwnerDatabase.superuser(environment).queryForObject(
                "SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);
        var opened = SystemWork.callIn("test", city, Set.of(Role.MANAGER), schedules::openDue);
        List<String> drafts = new ArrayList<>();
        for (JsonNode evaluation : api.getJson(BASE + "?practiceId=" + practice, manager).get("items")) {
            drafts.add(evaluation.get("periodFrom").asText() + ".." + evaluation.get("periodTo").asText()
                    + " " + evaluation.get("status").asText());
        }
        assertThat(drafts).as("two quarters ended: only the latest opens")
                .containsExactly(TODAY.minusMonths(4) + ".." + TODAY.minusMonths(1).minusDays(1) + " DRAFT");
        assertThat(opened).extracting(EvaluationId::toString).hasSize(1);
        JsonNode moved = api.getJson(path, manager);
        assertThat(moved.get("nextPeriodFrom").asText()).isEqualTo(TODAY.minusMonths(1).toString());
        assertThat(moved.get("lastOpened").asText()).isEqualTo(opened.getFirst().toString());

        assertThat(SystemWork.callIn("test", city, Set.of(Role.MANAGER), schedules::openDue))
                .as("nothing more has ended").isEmpty();
        assertThat(api.getJson("/api/v1/evaluation-schedules", manager).get("items"))
                .extracting(item -> item.get("practice").asText()).contains(practice);
        api.delete(path, manager).expectStatus().isNoContent();
        api.get(path, manager).expectStatus().isNotFound();
    }

    @Test
    void inspiringToolsAreAttachedAsCheckedFilesAndLockedWithTheEvaluation() throws IOException {
        String practice = practice();
        JsonNode opened = api.created(BASE, manager, """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, TODAY.minusMonths(1), TODAY));
        String path = BASE + "/" + opened.get("id").asText();
        byte[] guide = "Workshop guide: welcome, three questions, what we change.".getBytes(StandardCharsets.UTF_8);
        JsonNode attached = attach(path, "IP1", "workshop guide.txt", guide).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(attached.get("size").asInt()).isEqualTo(guide.length);

        assertThat(field(attach(path, "IP1", "leaflet.pdf", "<html><script>".getBytes(StandardCharsets.UTF_8))))
                .as("content that is not what its name says").isEqualTo("file");
        assertThat(field(attach(path, "IP1", "page.html", "<html>".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("file");
        assertThat(field(attach(path, "ZZ9", "guide.txt", guide))).isEqualTo("question");

        String file = path + "/attachments/" + attached.get("id").asText();
        var download = client.get().uri(file).header(HttpHeaders.AUTHORIZATION, "Bearer " + manager).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult();
        assertThat(download.getResponseBody()).isEqualTo(guide);
        assertThat(download.getResponseHeaders().getContentDisposition().getFilename())
                .isEqualTo("workshop guide.txt");
        api.get(file, api.token("aid-manager")).expectStatus().isNotFound();
        JsonNode listed = api.getJson(path, manager);
        assertThat(listed.get("attachments")).extracting(item -> item.get("fileName").asText())
                .containsExactly("workshop guide.txt");

        JsonNode review = move(path, listed.get("version").asLong(), "IN_REVIEW");
        move(path, review.get("version").asLong(), "FINAL");
        assertThat(field(attach(path, "IP1", "late.txt", guide))).isEqualTo("status");
        api.delete(file, manager).expectStatus().isBadRequest();
        assertThatThrownBy(() -> OwnerDatabase.superuser(environment).update(
                "DELETE FROM evaluation_attachment WHERE evaluation_id = ?::uuid", opened.get("id").asText()))
                .rootCause().hasMessageContaining("a final evaluation cannot change");
        byte[] report = client.get().uri(path + "/report.pdf").header(HttpHeaders.AUTHORIZATION, "Bearer " + manager)
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(pdfText(report, 2, Integer.MAX_VALUE).replace("\n", " ")).contains("workshop guide.txt (attached)");

        JsonNode correction = api.created(path + "/corrections", manager, "");
        assertThat(correction.get("attachments")).extracting(item -> item.get("fileName").asText())
                .as("a correction keeps the files").containsExactly("workshop guide.txt");
    }

    private RestTestClient.ResponseSpec attach(String evaluation, String question, String fileName, byte[] content) {
        return client.post().uri(evaluation + "/attachments?question={question}&fileName={name}", question, fileName)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + manager).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(content).exchange();
    }

    private static String field(RestTestClient.ResponseSpec refused) {
        return refused.expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("errors").get(0).get("field").asText();
    }

    @Test
    void thePeopleConsultedAreComparedWithThePeopleServed() {
        String practice = practice();
        String caseworker = api.token("city-caseworker");
        for (String gender : List.of("MALE", "MALE", "MALE", "FEMALE")) {
            String caseFile = api.created("/api/v1/beneficiaries", caseworker, """
                    {"details":{"displayName":"Served %s","gender":"%s","ageBand":"AGE_25_34"},
                     "consentsGiven":["CASE_WORK"]}""".formatted(UUID.randomUUID(), gender)).get("id").asText();
            api.created("/api/v1/consultations", caseworker, """
                    {"type":"INDIVIDUAL_COUNSELLING","purpose":"SERVICE_DELIVERY","heldOn":"%s","durationMinutes":30,
                     "channel":"IN_PERSON","language":"ar","caseFiles":["%s"],"practiceId":"%s"}"""
                    .formatted(TODAY.minusDays(3), caseFile, practice));
        }
        api.created("/api/v1/consultations", manager, """
                {"type":"FOCUS_GROUP","purpose":"CO_DESIGN","heldOn":"%s","durationMinutes":90,"channel":"IN_PERSON",
                 "language":"ar","headcounts":[{"gender":"FEMALE","ageBand":"AGE_25_34","count":6},
                 {"gender":"MALE","ageBand":"AGE_35_49","count":3},{"gender":"FEMALE","ageBand":"AGE_50_64","count":1}],
                 "practiceId":"%s"}""".formatted(TODAY.minusDays(2), practice));
        JsonNode opened = api.created(BASE, manager, """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, TODAY.minusMonths(1), TODAY));
        assertThat(evidence(opened)).as("1 of 4 served are women, 7 of 10 consulted")
                .containsEntry("SERVED_DIVERSITY", "0.25").containsEntry("PARTICIPANT_DIVERSITY", "0.7");
        assertThat(api.getJson("/api/v1/consultations?practiceId=" + practice, manager).get("items"))
                .as("the records behind the figures, listed by practice").hasSize(5);
        JsonNode representativeness = null;
        for (JsonNode suggestion : opened.get("suggestions")) {
            if (suggestion.get("item").asText().equals("IP1.1")) {
                representativeness = suggestion;
            }
        }
        assertThat(representativeness).isNotNull();
        assertThat(representativeness.get("rating").asText()).as("45 points apart: women are over-represented")
                .isEqualTo("PARTLY_MET");
        assertThat(representativeness.get("rule").asText()).isEqualTo("REPRESENTATIVENESS");
        assertThat(representativeness.get("reason").asText()).contains("1 of 4 of the people served");
    }

    private String practice() {
        return api.created("/api/v1/practices", manager, """
                {"name":"Evaluated %s","startsOn":"%s","status":"RUNNING",
                 "partners":[{"name":"District office","type":"PUBLIC_AUTHORITY"},{"name":"NGO","type":"NGO"},
                             {"name":"Association","type":"MIGRANT_ASSOCIATION"}],
                 "funding":[{"funder":"EIF","type":"EU"},{"funder":"District","type":"MUNICIPAL"}]}"""
                .formatted(UUID.randomUUID(), TODAY.minusYears(2))).get("id").asText();
    }

    private String finalEvaluation(String practice, LocalDate from, LocalDate to, String ratings) {
        JsonNode opened = api.created(BASE, manager, """
                {"practice":"%s","framework":"%s","periodFrom":"%s","periodTo":"%s"}"""
                .formatted(practice, spring, from, to));
        String path = BASE + "/" + opened.get("id").asText();
        JsonNode saved = api.put(path, manager, "\"0\"", "{\"ratings\":" + ratings + "}").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode review = move(path, saved.get("version").asLong(), "IN_REVIEW");
        move(path, review.get("version").asLong(), "FINAL");
        return opened.get("id").asText();
    }

    private JsonNode move(String path, long version, String status) {
        return client.post().uri(path + "/status").header(HttpHeaders.AUTHORIZATION, "Bearer " + manager)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"" + status + "\"}").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode importPage(String practice, String page) {
        return client.post().uri("/api/v1/practices/" + practice + "/evaluations/spring-page?periodFrom="
                        + TODAY.minusYears(1) + "&periodTo=" + TODAY)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + manager).contentType(MediaType.TEXT_PLAIN)
                .body(page).exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private static String pdfText(byte[] pdf, int fromPage, int toPage) {
        try {
            var reader = new PdfReader(pdf);
            var text = new StringBuilder();
            for (int page = fromPage; page <= Math.min(toPage, reader.getNumberOfPages()); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> evidence(JsonNode evaluation) {
        Map<String, String> values = new HashMap<>();
        evaluation.get("evidence").forEach(value -> values.put(value.get("metric").asText(),
                value.get("value").isNull() ? "" : value.get("value").decimalValue().stripTrailingZeros()
                        .toPlainString()));
        return values;
    }

    private static Map<String, String> ratings(JsonNode evaluation) {
        Map<String, String> ratings = new HashMap<>();
        evaluation.get("ratings").forEach(rating -> ratings.put(rating.get("item").asText(),
                rating.get("rating").isNull() ? "" : rating.get("rating").asText()));
        return ratings;
    }

    private static Map<String, String> answers(JsonNode evaluation) {
        Map<String, String> answers = new HashMap<>();
        evaluation.get("answers").forEach(answer -> answers.put(answer.get("question").asText(),
                answer.get("narrative").isNull() ? "" : answer.get("narrative").asText()
                        + answer.get("inspiringTools")));
        return answers;
    }
}
