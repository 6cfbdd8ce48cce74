package org.inclusio.consultation;

import org.inclusio.RestApi;
import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups: agreed for someone by a date, found again in "my follow-ups" and in the overdue list until done. */
@IntegrationTest
class FollowUpIntegrationTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void api() {
        api = new RestApi(client, port);
    }

    @Test
    void anOverdueFollowUpIsMineAndOverdueUntilItIsDone() {
        String caseworker = api.token("city-caseworker");
        String manager = api.token("city-manager");
        String what = "Call the housing office " + UUID.randomUUID();
        String managerId = api.getJson("/api/v1/me", manager).get("id").asText();

        JsonNode overdue = api.created("/api/v1/follow-ups", caseworker, """
                {"what":"%s","dueOn":"%s"}""".formatted(what, LocalDate.now().minusDays(1)));
        JsonNode forTheManager = api.created("/api/v1/follow-ups", caseworker, """
                {"what":"%s","dueOn":"%s","assignee":"%s"}""".formatted(what, LocalDate.now().plusDays(3), managerId));

        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("assignee").asText()).isEqualTo(api.getJson("/api/v1/me", caseworker).get("id").asText());
        assertThat(ids("/api/v1/follow-ups?mine=true", caseworker)).contains(id(overdue)).doesNotContain(id(forTheManager));
        assertThat(ids("/api/v1/follow-ups?mine=true", manager)).contains(id(forTheManager)).doesNotContain(id(overdue));
        assertThat(ids("/api/v1/follow-ups?overdue=true", manager)).contains(id(overdue)).doesNotContain(id(forTheManager));

        JsonNode done = api.post("/api/v1/follow-ups/" + id(overdue) + "/completion", caseworker, "")
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(done.get("doneAt").isNull()).isFalse();
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(ids("/api/v1/follow-ups?mine=true", caseworker)).doesNotContain(id(overdue));
        assertThat(ids("/api/v1/follow-ups?overdue=true", caseworker)).doesNotContain(id(overdue));
        JsonNode again = api.post("/api/v1/follow-ups/" + id(overdue) + "/completion", caseworker, "")
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(again.get("doneAt").asText()).isEqualTo(done.get("doneAt").asText());

        List<String> everything = api.allPages("/api/v1/follow-ups?limit=7", caseworker).stream()
                .map(FollowUpIntegrationTests::id).toList();
        assertThat(everything).doesNotHaveDuplicates().contains(id(overdue), id(forTheManager));
    }

    @Test
    void onlyMembersOfTheOrganisationCanBeAssigned() {
        String caseworker = api.token("city-caseworker");
        String elsewhere = api.getJson("/api/v1/me", api.token("aid-caseworker")).get("id").asText();
        for (String assignee : List.of(elsewhere, UUID.randomUUID().toString())) {
            JsonNode problem = api.post("/api/v1/follow-ups", caseworker, """
                    {"what":"Someone else's job","dueOn":"%s","assignee":"%s"}""".formatted(LocalDate.now(), assignee))
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(RestApiIntegrationTests.fields(problem)).containsExactly("assignee");
        }
        // a machine client is nobody: it must name the member
        JsonNode problem = api.post("/api/v1/follow-ups", api.integrationClient("demo-city"), """
                {"what":"Whose?","dueOn":"%s"}""".formatted(LocalDate.now()))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(RestApiIntegrationTests.fields(problem)).containsExactly("assignee");
        api.post("/api/v1/follow-ups", api.token("city-admin"), """
                {"what":"Not mine to agree","dueOn":"%s"}""".formatted(LocalDate.now())).expectStatus().isForbidden();
    }

    private List<String> ids(String path, String token) {
        var ids = new ArrayList<String>();
        api.getJson(path, token).get("items").forEach(item -> ids.add(id(item)));
        return ids;
    }

    private static String id(JsonNode item) {
        return item.get("id").asText();
    }
}
