package org.inclusio.tenant;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganisationSettingsIntegrationTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void anOrganisationAdministratorChangesTheSettingsWithinTheRules() {
        var tokens = new ApiTokens(port);
        String admin = tokens.user("aid-admin");

        put(admin, settings(4, "en", "[\"en\",\"cs\"]")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("smallCellThreshold");
        put(admin, settings(5, "uk", "[\"en\",\"cs\"]")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("defaultLanguage");
        put(tokens.user("aid-caseworker"), settings(10, "en", "[\"en\",\"cs\"]")).expectStatus().isForbidden();
        put(tokens.user("platform-admin"), settings(10, "en", "[\"en\",\"cs\"]")).expectStatus().isForbidden();

        JsonNode changed = put(admin, settings(10, "en", "[\"en\",\"cs\",\"fa\",\"ps\",\"ar\"]")).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(changed.get("smallCellThreshold").asInt()).isEqualTo(10);
        assertThat(changed.get("slug").asText()).isEqualTo("demo-aid");

        JsonNode audit = client.get().uri("/api/v1/audit-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(audit).anySatisfy(event -> {
            assertThat(event.get("action").asText()).isEqualTo("ORGANISATION_SETTINGS_CHANGED");
            assertThat(event.get("details").asText()).contains("k=5->10");
        });

        put(admin, settings(5, "en", "[\"en\",\"cs\",\"fa\",\"ps\"]")).expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec put(String token, String body) {
        return client.put().uri("/api/v1/organisation/settings").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private static String settings(int k, String defaultLanguage, String languages) {
        return """
                {"name":"Demo Aid","defaultLanguage":"%s","languages":%s,"smallCellThreshold":%d,
                 "retentionMonths":60}""".formatted(defaultLanguage, languages, k);
    }
}
