package org.inclusio.privacy;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation administrator's data-subject tools: the export holds everything about the person (special-category
 * data included), readable as JSON and as PDF; erasure leaves none of the person's identifying values in any table
 * while every count stays the same; only administrators of the person's organisation can do either.
 */
@IntegrationTest
class DataSubjectIntegrationTests {

    /** What statistics count, per organisation: erasure must not change it. */
    private static final String AGGREGATES = """
            SELECT count(*) || ':' || string_agg(gender || '/' || age_band || '/' || status || '/'
                                                 || nationalities::text || '/' || languages::text, ',' ORDER BY id)
            FROM case_file WHERE tenant_id = (SELECT id FROM organisation WHERE slug = 'demo-city')""";

    private static final String CONSULTATIONS = """
            SELECT count(*) || ':' || string_agg(c.type || '/' || c.language || '/' || c.participants || '/'
                                                 || c.held_on, ',' ORDER BY c.id)
                   || ':' || (SELECT count(*) FROM consultation_case_file l WHERE l.tenant_id = o.id)
                   || ':' || (SELECT count(*) FROM follow_up f WHERE f.tenant_id = o.id)
            FROM consultation c JOIN organisation o ON o.id = c.tenant_id WHERE o.slug = 'demo-city'
            GROUP BY o.id""";

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @Test
    void theExportHoldsEverythingAboutThePersonAsJsonAndPdf() throws IOException {
        var tokens = new ApiTokens(port);
        String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        String id = createCaseFile(tokens.user("city-caseworker"), canary);
        String admin = tokens.user("city-admin");

        client.get().uri("/api/v1/beneficiaries/{id}/data-export", id).header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + admin).accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.caseNumber").value(number -> assertThat((String) number).matches("DC-\\d{4}-\\d{5}"))
                .jsonPath("$.sections.caseFile.caseFile.fullName").isEqualTo("Olena " + canary)
                .jsonPath("$.sections.caseFile.caseFile.specialCategory.sensitiveNotes").isEqualTo(canary + " notes")
                .jsonPath("$.sections.caseFile.history[0].kind").isEqualTo("CREATED");

        byte[] pdf = client.get().uri("/api/v1/beneficiaries/{id}/data-export", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).accept(MediaType.APPLICATION_PDF).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Olena " + canary, canary + " notes", "Full name");
    }

    @Test
    void erasureRemovesEveryIdentifyingValueAndKeepsTheCounts() {
        var tokens = new ApiTokens(port);
        String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        String caseworker = tokens.user("city-caseworker");
        String id = createCaseFile(caseworker, canary);
        String version = client.get().uri("/api/v1/beneficiaries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker).exchange().expectStatus().isOk()
                .returnResult().getResponseHeaders().getETag();
        client.put().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .header(HttpHeaders.IF_MATCH, version).contentType(MediaType.APPLICATION_JSON)
                .body(details(canary + "-changed")).exchange().expectStatus().isOk();
        String consultation = client.post().uri("/api/v1/consultations")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"type": "INDIVIDUAL_COUNSELLING", "purpose": "SERVICE_DELIVERY", "heldOn": "%s",
                         "durationMinutes": 45, "channel": "IN_PERSON", "language": "uk", "interpreterPresent": true,
                         "caseFiles": ["%s"], "confidentialNotes": "%s said", "outcome": "%s helped"}"""
                        .formatted(LocalDate.now(), id, canary, canary))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
        client.post().uri("/api/v1/follow-ups").header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"what": "Call %s back", "dueOn": "%s", "consultation": "%s", "caseFile": "%s"}"""
                        .formatted(canary, LocalDate.now().plusDays(7), consultation, id))
                .exchange().expectStatus().isCreated();
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        assertThat(OwnerDatabase.columnsContaining(superuser, canary)).as("before erasure")
                .contains("\"case_file\".\"full_name\"", "\"case_file_aud\".\"full_name\"",
                        "\"consultation\".\"confidential_notes\"", "\"follow_up\".\"what\"");
        String aggregates = superuser.queryForObject(AGGREGATES, String.class);
        String consultations = superuser.queryForObject(CONSULTATIONS, String.class);

        client.post().uri("/api/v1/beneficiaries/{id}/erasure", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.user("city-admin")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.anonymisedRows.caseFile").isEqualTo(3)
                .jsonPath("$.anonymisedRows.consultations").isEqualTo(2);

        assertThat(OwnerDatabase.columnsContaining(superuser, canary)).as("after erasure").isEmpty();
        assertThat(superuser.queryForObject(AGGREGATES, String.class)).isEqualTo(aggregates);
        assertThat(superuser.queryForObject(CONSULTATIONS, String.class)).isEqualTo(consultations);
        JsonNode erased = client.get().uri("/api/v1/beneficiaries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(erased.get("displayName").asString()).isEqualTo(erased.get("caseNumber").asString());
        assertThat(erased.get("anonymisedAt").isNull()).isFalse();
        assertThat(erased.get("phone").isNull()).isTrue();
        assertThat(erased.get("birthYear").isNull()).isTrue();
        assertThat(superuser.queryForObject("""
                SELECT string_agg(action || ' ' || coalesce(details, ''), ',') FROM audit_event
                WHERE target_id = ?::uuid""", String.class, id))
                .contains("DATA_SUBJECT_ERASED reason=request").doesNotContain(canary);
    }

    @Test
    void onlyTheAdministratorsOfThePersonsOrganisationMayExportOrErase() {
        var tokens = new ApiTokens(port);
        String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        String caseworker = tokens.user("city-caseworker");
        String id = createCaseFile(caseworker, canary);

        String otherAdministrator = tokens.user("aid-admin");
        client.get().uri("/api/v1/beneficiaries/{id}/data-export", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + otherAdministrator).accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isNotFound();
        client.post().uri("/api/v1/beneficiaries/{id}/erasure", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + otherAdministrator).exchange()
                .expectStatus().isNotFound();
        client.get().uri("/api/v1/beneficiaries/{id}/data-export", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker).accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isForbidden();
        client.post().uri("/api/v1/beneficiaries/{id}/erasure", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker).exchange().expectStatus().isForbidden();
        assertThat(OwnerDatabase.columnsContaining(OwnerDatabase.superuser(environment), canary))
                .contains("\"case_file\".\"full_name\"");
    }

    private String createCaseFile(String caseworker, String canary) {
        return client.post().uri("/api/v1/beneficiaries").header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"details\": " + details(canary) + ", \"consentsGiven\": [\"CASE_WORK\"]}")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private static String details(String canary) {
        return """
                {"displayName": "%1$s D.", "fullName": "Olena %1$s", "phone": "+420 777 123 456", "email": "%1$s@example.org",
                 "birthYear": 1990, "gender": "FEMALE", "nationalities": ["UA"], "languages": ["uk"],
                 "vulnerabilities": [],
                 "specialCategory": {"residenceStatus": "TEMPORARY_PROTECTION", "sensitiveVulnerabilities": [],
                                     "sensitiveNotes": "%1$s notes"}}""".formatted(canary);
    }
}
