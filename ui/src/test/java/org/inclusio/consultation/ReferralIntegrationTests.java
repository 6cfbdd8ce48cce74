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

import static org.assertj.core.api.Assertions.assertThat;

/** Referrals to partners: only with the person's consent, and only along the allowed status changes. */
@IntegrationTest
class ReferralIntegrationTests {

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
    void aReferralWithoutConsentToReferralsIsRefusedAndNothingIsStored() {
        String caseworker = api.token("city-caseworker");
        String caseFile = api.caseFile(caseworker, "CASE_WORK", "EVALUATION_AND_STATISTICS");
        String partner = api.partner(caseworker);

        JsonNode problem = api.post("/api/v1/referrals", caseworker, """
                {"caseFile":"%s","partner":"%s","reason":"Legal advice"}""".formatted(caseFile, partner))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(RestApiIntegrationTests.fields(problem)).containsExactly("caseFile");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("not consented to referrals");
        assertThat(api.getJson("/api/v1/referrals?caseFile=" + caseFile, caseworker).get("items")).isEmpty();
    }

    @Test
    void aReferralGoesFromSentToAcceptedToCompletedAndNoOtherWay() {
        String caseworker = api.token("city-caseworker");
        String caseFile = api.caseFile(caseworker, "CASE_WORK", "REFERRAL_TO_PARTNERS");
        String partner = api.partner(caseworker);

        JsonNode sent = api.created("/api/v1/referrals", caseworker, """
                {"caseFile":"%s","partner":"%s","reason":"Job placement"}""".formatted(caseFile, partner));
        assertThat(sent.get("status").asText()).isEqualTo("SENT");
        assertThat(sent.get("partnerName").asText()).startsWith("Partner ");
        String path = "/api/v1/referrals/" + sent.get("id").asText() + "/status";

        assertThat(RestApiIntegrationTests.fields(api.put(path, caseworker, "\"0\"", "{\"status\":\"COMPLETED\"}")
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody()))
                .containsExactly("status");
        JsonNode accepted = api.put(path, caseworker, "\"0\"", "{\"status\":\"ACCEPTED\"}").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(accepted.get("acceptedOn").isNull()).isFalse();
        api.put(path, caseworker, "\"0\"", "{\"status\":\"COMPLETED\"}").expectStatus().isEqualTo(412);
        JsonNode completed = api.put(path, caseworker, "\"1\"", "{\"status\":\"COMPLETED\"}").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        api.put(path, caseworker, "\"2\"", "{\"status\":\"DECLINED\"}").expectStatus().isBadRequest();

        assertThat(api.getJson("/api/v1/referrals?caseFile=" + caseFile + "&status=COMPLETED", caseworker)
                .get("items")).extracting(item -> item.get("id").asText()).containsExactly(sent.get("id").asText());
        // an intercultural worker neither refers nor reads referrals
        api.get("/api/v1/referrals", api.token("city-volunteer")).expectStatus().isForbidden();
        api.post("/api/v1/referrals", api.token("city-volunteer"), """
                {"caseFile":"%s","partner":"%s","reason":"x"}""".formatted(caseFile, partner))
                .expectStatus().isForbidden();
    }

    @Test
    void aCaseFileOrPartnerOfAnotherOrganisationCannotBeReferred() {
        String cityCaseworker = api.token("city-caseworker");
        String aidCaseworker = api.token("aid-caseworker");
        String aidCaseFile = api.caseFile(aidCaseworker, "REFERRAL_TO_PARTNERS");
        String aidPartner = api.partner(aidCaseworker);
        String cityCaseFile = api.caseFile(cityCaseworker, "REFERRAL_TO_PARTNERS");
        String cityPartner = api.partner(cityCaseworker);

        assertThat(RestApiIntegrationTests.fields(api.post("/api/v1/referrals", cityCaseworker, """
                {"caseFile":"%s","partner":"%s","reason":"x"}""".formatted(aidCaseFile, cityPartner))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody()))
                .containsExactly("caseFile");
        assertThat(RestApiIntegrationTests.fields(api.post("/api/v1/referrals", cityCaseworker, """
                {"caseFile":"%s","partner":"%s","reason":"x"}""".formatted(cityCaseFile, aidPartner))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody()))
                .containsExactly("partner");
        assertThat(api.getJson("/api/v1/referrals?partner=" + aidPartner, aidCaseworker).get("items")).isEmpty();
    }
}
