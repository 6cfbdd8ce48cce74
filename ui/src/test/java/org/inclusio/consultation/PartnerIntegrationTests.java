package org.inclusio.consultation;

import org.inclusio.RestApi;
import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner directory: kept by caseworkers, managers and admins, read by everyone, names unique. */
@IntegrationTest
class PartnerIntegrationTests {

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
    void aPartnerIsAddedCorrectedAndRemoved() {
        String admin = api.token("city-admin");
        String aid = api.getJson("/api/v1/me", api.token("aid-admin")).get("organisation").get("id").asText();
        String city = api.getJson("/api/v1/me", admin).get("organisation").get("id").asText();
        String name = "Law Clinic " + UUID.randomUUID();

        JsonNode partner = api.created("/api/v1/partners", admin, """
                {"name":"%s","kind":"LEGAL_AID","email":"clinic@example.org","phone":"+420 123 456 789",
                 "organisation":"%s"}""".formatted(name, aid));
        assertThat(partner.get("organisation").asText()).isEqualTo(aid);
        String path = "/api/v1/partners/" + partner.get("id").asText();
        assertThat(api.getJson(path, api.token("city-volunteer")).get("name").asText()).isEqualTo(name);

        assertThat(RestApiIntegrationTests.fields(api.post("/api/v1/partners", admin, """
                {"name":"%s","kind":"NGO"}""".formatted(name.toUpperCase())).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody())).containsExactly("name");
        for (String organisation : new String[] {city, UUID.randomUUID().toString()}) {
            assertThat(RestApiIntegrationTests.fields(api.post("/api/v1/partners", admin, """
                    {"name":"Other %s","kind":"NGO","organisation":"%s"}""".formatted(UUID.randomUUID(), organisation))
                    .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody()))
                    .containsExactly("organisation");
        }
        api.post("/api/v1/partners", api.token("city-volunteer"), """
                {"name":"Volunteer's pick %s","kind":"NGO"}""".formatted(UUID.randomUUID())).expectStatus().isForbidden();

        api.put(path, admin, "\"0\"", """
                {"name":"%s","kind":"NGO","phone":"+420 999"}""".formatted(name)).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        api.put(path, admin, "\"0\"", """
                {"name":"%s","kind":"OTHER"}""".formatted(name)).expectStatus().isEqualTo(412);
        assertThat(api.getJson(path, admin).get("kind").asText()).isEqualTo("NGO");

        client.delete().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange()
                .expectStatus().isNoContent();
        api.get(path, admin).expectStatus().isNotFound();
    }
}
