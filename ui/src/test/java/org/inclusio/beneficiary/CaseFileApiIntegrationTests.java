package org.inclusio.beneficiary;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Case files through {@code /api/v1/beneficiaries} with real tokens of the demo accounts. */
@IntegrationTest
class CaseFileApiIntegrationTests {

    private static final String NEW_CASE_FILE = """
            {"details": {"displayName": "%s", "fullName": "Test Person", "gender": "FEMALE",
                         "nationalities": ["UA"], "languages": ["uk", "ru"], "preferredLanguage": "uk",
                         "vulnerabilities": ["SINGLE_PARENT"]},
             "consentsGiven": ["CASE_WORK", "EVALUATION_AND_STATISTICS"]}""";

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    ApiTokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new ApiTokens(port);
    }

    @Test
    void aCaseworkerOpensACaseFileAndGetsItsNumberVersionAndLocation() {
        String caseworker = tokens.user("city-caseworker");
        var created = client.post().uri("/api/v1/beneficiaries").header(HttpHeaders.AUTHORIZATION, bearer(caseworker))
                .contentType(MediaType.APPLICATION_JSON).body(NEW_CASE_FILE.formatted("Olha T."))
                .exchange().expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(JsonNode.class).returnResult();
        JsonNode body = created.getResponseBody();
        String id = body.get("id").asString();
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/v1/beneficiaries/" + id);
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("caseNumber").asString()).matches("DC-" + Year.now().getValue() + "-\\d{5}");
        assertThat(body.get("status").asString()).isEqualTo("OPEN");
        assertThat(body.get("consents").toString()).contains("CASE_WORK");
        assertThat(body.get("specialCategory")).as("the caseworker sees the (empty) special-category data").isNotNull();

        client.get().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(caseworker))
                .exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody().jsonPath("$.displayName").isEqualTo("Olha T.");
    }

    @Test
    void invalidCodesAreRefusedWithTheField() {
        client.post().uri("/api/v1/beneficiaries").header(HttpHeaders.AUTHORIZATION,
                        bearer(tokens.user("city-caseworker")))
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"details": {"displayName": "X", "gender": "MALE", "nationalities": ["XX"],
                                     "languages": ["zz"], "vulnerabilities": ["DISABILITY"]}}""")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(problem -> assertThat(problem)
                        .contains("nationalitiesKnown", "languagesKnown", "vulnerabilitiesNotSpecialCategory"));
    }

    @Test
    void caseNumbersAreSequentialPerOrganisationAndDistinctUnderConcurrency() throws Exception {
        String city = tokens.user("city-caseworker");
        String aid = tokens.user("aid-caseworker");
        int first = number(create(city, "First"));
        int aidFirst = number(create(aid, "Aid first"));
        int second = number(create(city, "Second"));
        assertThat(second).as("the other organisation's file took no number of this one").isEqualTo(first + 1);
        assertThat(number(create(aid, "Aid second"))).isEqualTo(aidFirst + 1);

        int parallel = 8;
        var start = new CountDownLatch(1);
        var numbers = ConcurrentHashMap.<String>newKeySet();
        try (var pool = Executors.newFixedThreadPool(parallel)) {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < parallel; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    numbers.add(create(city, "Parallel " + index).get("caseNumber").asString());
                    return null;
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }
        assertThat(numbers).hasSize(parallel);
        assertThat(numbers.stream().map(CaseFileApiIntegrationTests::number).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(second + 1, second + parallel).boxed().toList());
    }

    @Test
    void historyNamesTheCaseworkerAndTheAuditRowsStayInTheirOrganisation() {
        String caseworker = tokens.user("city-caseworker");
        String id = create(caseworker, "History person").get("id").asString();

        JsonNode history = client.get().uri("/api/v1/beneficiaries/{id}/history", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(caseworker)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("CREATED");
        assertThat(history.get(0).get("actorKind").asString()).isEqualTo("USER");
        assertThat(history.get(0).get("actorName").asString()).isEqualTo("Karel Caseworker");
        assertThat(history.get(0).get("changedFields").toString()).contains("displayName", "consents");

        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        UUID city = superuser.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);
        UUID aid = superuser.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-aid'", UUID.class);
        assertThat(superuser.queryForList("SELECT a.tenant_id FROM case_file_aud a WHERE a.id = ?::uuid", UUID.class,
                id)).containsExactly(city);
        assertThat(superuser.queryForObject("""
                SELECT r.tenant_id || ':' || r.actor_kind || ':' || r.actor_id FROM case_file_aud a
                JOIN revision r ON r.tenant_id = a.tenant_id AND r.id = a.rev WHERE a.id = ?::uuid""", String.class,
                id)).isEqualTo(city + ":USER:" + superuser.queryForObject(
                "SELECT id FROM user_account WHERE username = 'city-caseworker'", UUID.class));
        assertThat(countAsApplication("case_file_aud", aid, id)).as("seen from Demo Aid").isZero();
        assertThat(countAsApplication("case_file_aud", city, id)).as("seen from Demo City").isOne();
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndItsFieldNamesShowInTheHistory() {
        String caseworker = tokens.user("city-caseworker");
        String id = create(caseworker, "Before").get("id").asString();
        String change = """
                {"displayName": "After", "gender": "FEMALE", "nationalities": ["UA"], "languages": ["uk", "ru"],
                 "preferredLanguage": "uk", "vulnerabilities": ["SINGLE_PARENT"],
                 "specialCategory": {"residenceStatus": "TEMPORARY_PROTECTION", "sensitiveVulnerabilities": [],
                                     "sensitiveNotes": "Secret detail"}}""";
        client.put().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(caseworker))
                .contentType(MediaType.APPLICATION_JSON).body(change).exchange()
                .expectStatus().isEqualTo(428);
        client.put().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(caseworker))
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).body(change)
                .exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.displayName").isEqualTo("After")
                .jsonPath("$.specialCategory.residenceStatus").isEqualTo("TEMPORARY_PROTECTION");
        client.put().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(caseworker))
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).body(change)
                .exchange().expectStatus().isEqualTo(412);
        client.put().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(caseworker))
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON).body(change)
                .exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");

        String history = client.get().uri("/api/v1/beneficiaries/{id}/history", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.user("city-volunteer"))).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode revisions = JsonMapper.builder().build().readTree(history);
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("kind").asString()).isEqualTo("CHANGED");
        assertThat(revisions.get(0).get("actorName").asString()).isEqualTo("Karel Caseworker");
        assertThat(revisions.get(0).get("changedFields").toString())
                .as("a PUT replaces every field: the full name was left out")
                .isEqualTo("[\"displayName\",\"fullName\",\"specialCategory\"]");
        assertThat(history).as("values never appear in the history").doesNotContain("After", "Before",
                "TEMPORARY_PROTECTION", "Secret detail");
    }

    @Test
    void aCaseworkerClosesReopensAndRecordsConsent() {
        String caseworker = tokens.user("city-caseworker");
        String id = create(caseworker, "Lifecycle").get("id").asString();
        client.post().uri("/api/v1/beneficiaries/{id}/closure", id).header(HttpHeaders.AUTHORIZATION,
                        bearer(caseworker)).contentType(MediaType.APPLICATION_JSON).body("{\"reason\":\"MOVED_AWAY\"}")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.closingReason").isEqualTo("MOVED_AWAY");
        client.post().uri("/api/v1/beneficiaries/{id}/reopening", id).header(HttpHeaders.AUTHORIZATION,
                        bearer(caseworker)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("OPEN").jsonPath("$.closingReason").doesNotExist();
        client.put().uri("/api/v1/beneficiaries/{id}/consents", id).header(HttpHeaders.AUTHORIZATION,
                        bearer(caseworker)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"purpose\":\"EVALUATION_AND_STATISTICS\",\"given\":false}")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.consents[1].purpose").isEqualTo("EVALUATION_AND_STATISTICS")
                .jsonPath("$.consents[1].withdrawnOn").isNotEmpty();
        client.put().uri("/api/v1/beneficiaries/{id}/consents", id).header(HttpHeaders.AUTHORIZATION,
                        bearer(caseworker)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"purpose\":\"REFERRAL_TO_PARTNERS\",\"given\":true,\"on\":\"2999-01-01\"}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("on");
    }

    @Test
    void theOrganisationAdminSeesWhoOpenedAFileAndNobodyElseMay() {
        String caseworker = tokens.user("city-caseworker");
        String id = create(caseworker, "Read person").get("id").asString();
        client.get().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(caseworker))
                .exchange().expectStatus().isOk();

        JsonNode readers = client.get().uri("/api/v1/beneficiaries/{id}/readers", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.user("city-admin"))).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(readers).hasSize(1);
        assertThat(readers.get(0).get("actorName").asString()).isEqualTo("Karel Caseworker");
        assertThat(readers.get(0).get("actorKind").asString()).isEqualTo("USER");

        for (String other : List.of("city-caseworker", "city-volunteer", "city-manager", "city-focal-point")) {
            client.get().uri("/api/v1/beneficiaries/{id}/readers", id)
                    .header(HttpHeaders.AUTHORIZATION, bearer(tokens.user(other))).exchange()
                    .expectStatus().isForbidden();
        }
        client.get().uri("/api/v1/beneficiaries/{id}/readers", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(tokens.user("aid-admin"))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theReadLogHoldsIdsOnly() {
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        assertThat(superuser.queryForList("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = 'case_file_read' ORDER BY ordinal_position""",
                String.class)).containsExactly("tenant_id", "id", "case_file_id", "actor_kind", "actor_id", "read_at");
    }

    @Test
    void anInterculturalWorkerReadsWithoutSpecialCategoryDataAndCannotWrite() {
        String id = create(tokens.user("city-caseworker"), "Volunteer view").get("id").asString();
        String volunteer = tokens.user("city-volunteer");
        client.get().uri("/api/v1/beneficiaries/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(volunteer))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.displayName").isEqualTo("Volunteer view")
                .jsonPath("$.specialCategory").doesNotExist();
        client.post().uri("/api/v1/beneficiaries").header(HttpHeaders.AUTHORIZATION, bearer(volunteer))
                .contentType(MediaType.APPLICATION_JSON).body(NEW_CASE_FILE.formatted("Nope"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void theListPagesByCursorThroughEveryFileOnceAndFilters() {
        String caseworker = tokens.user("city-caseworker");
        String marker = "Paging" + UUID.randomUUID().toString().substring(0, 6);
        var created = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            created.add(create(caseworker, marker + " " + i).get("id").asString());
        }
        var seen = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = list(caseworker, "text=" + marker.toLowerCase() + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created.reversed());

        assertThat(list(caseworker, "nationality=UA&language=ru&text=" + marker).get("items")).hasSize(5);
        assertThat(list(caseworker, "nationality=SY&text=" + marker).get("items")).isEmpty();
        assertThat(list(caseworker, "status=CLOSED&text=" + marker).get("items")).isEmpty();
        String demoCaseNumber = list(caseworker, "limit=1").get("items").get(0).get("caseNumber").asString();
        assertThat(list(caseworker, "text=" + demoCaseNumber).get("items").get(0).get("caseNumber").asString())
                .isEqualTo(demoCaseNumber);
        assertThat(list(tokens.user("aid-caseworker"), "text=" + marker).get("items"))
                .as("another organisation's list").isEmpty();
        client.get().uri("/api/v1/beneficiaries?cursor=not-a-cursor").header(HttpHeaders.AUTHORIZATION,
                bearer(caseworker)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    private JsonNode list(String token, String query) {
        return client.get().uri("/api/v1/beneficiaries?" + query).header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode create(String token, String displayName) {
        return client.post().uri("/api/v1/beneficiaries").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON).body(NEW_CASE_FILE.formatted(displayName))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static int number(JsonNode caseFile) {
        return number(caseFile.get("caseNumber").asString());
    }

    private static int number(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }

    /** What the application role sees with only this tenant bound, as the application binds it. */
    private long countAsApplication(String table, UUID tenant, String id) {
        return new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getRequiredProperty("spring.datasource.password"), true))
                .execute((org.springframework.jdbc.core.ConnectionCallback<Long>) connection -> {
                    connection.setAutoCommit(false);
                    try (var set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                        set.setString(1, tenant.toString());
                        set.execute();
                    }
                    try (var count = connection.prepareStatement(
                            "SELECT count(*) FROM " + table + " WHERE id = ?::uuid")) {
                        count.setString(1, id);
                        var result = count.executeQuery();
                        result.next();
                        return result.getLong(1);
                    } finally {
                        connection.rollback();
                    }
                });
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
