package org.inclusio;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever goes wrong in {@code /api/**} answers with its HTTP status and an {@code application/problem+json} body,
 * never with the staff UI's page: an unknown path 404, a wrong method 405 (with {@code Allow}), a body of the wrong
 * type 415, an unacceptable {@code Accept} 406. Without a token everything stays 401.
 */
@IntegrationTest
class ApiErrorsIntegrationTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    String token;

    @BeforeEach
    void token() {
        token = new ApiTokens(port).clientCredentials("demo-city-integration", "demo-secret");
    }

    @Test
    void unknownApiPathsAreNotFound() {
        problem(client.get().uri("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + token), 404);
        problem(client.post().uri("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("{}"), 404);
        problem(client.get().uri("/api/nothing-here/at/all").header(HttpHeaders.AUTHORIZATION, "Bearer " + token),
                404);
        problem(client.delete().uri("/api/v1/members/not-a-member/nothing")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token), 404);
    }

    @Test
    void aWrongMethodIsNotAllowedAndSaysWhichAre() {
        var response = client.method(HttpMethod.DELETE).uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        response.expectHeader().value(HttpHeaders.ALLOW, allow -> assertThat(allow).contains("GET"));
        problem(response, 405);
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsUnsupported() {
        problem(client.put().uri("/api/v1/me/organisation").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.TEXT_PLAIN).body("demo-aid"), 415);
    }

    @Test
    void anAnswerNobodyCanReadIsNotAcceptable() {
        client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_XML).exchange()
                .expectStatus().isEqualTo(406);
    }

    @Test
    void withoutATokenEverythingIsUnauthorized() {
        problem(client.get().uri("/api/v1/nothing-here"), 401);
        problem(client.post().uri("/api/v1/nothing-here").contentType(MediaType.APPLICATION_JSON).body("{}"), 401);
        problem(client.method(HttpMethod.DELETE).uri("/api/v1/me"), 401);
        problem(client.put().uri("/api/v1/me/organisation").contentType(MediaType.TEXT_PLAIN).body("x"), 401);
    }

    private static void problem(RestTestClient.RequestHeadersSpec<?> request, int status) {
        problem(request.exchange(), status);
    }

    private static void problem(RestTestClient.ResponseSpec response, int status) {
        JsonNode body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        if (status != 401) {
            assertThat(body.get("status").asInt()).isEqualTo(status);
        }
    }
}
