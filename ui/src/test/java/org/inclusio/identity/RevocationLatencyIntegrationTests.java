package org.inclusio.identity;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

/**
 * API requests reuse a resolved actor for at most one second. A revocation, deactivation or suspension made through
 * Inclusio takes effect with the next request; one made behind its back (another node, an operator in the
 * database) within one second.
 */
@IntegrationTest
class RevocationLatencyIntegrationTests {

    /** Longer than the one second a resolved actor is reused. */
    private static final long LONGER_THAN_THE_ACTOR_CACHE_MILLIS = 1100;

    @Autowired
    RestTestClient client;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @Test
    void aClientRevokedThroughInclusioIsRefusedWithTheNextRequest() {
        var tokens = new ApiTokens(port);
        String admin = tokens.user("city-admin");
        var created = createClient(admin);
        String token = tokens.clientCredentials(created.clientId(), created.secret(), "manager");
        me(token).expectStatus().isOk();

        client.post().uri("/api/v1/api-clients/{id}/revocation", created.id())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange().expectStatus().isOk();
        me(token).expectStatus().isUnauthorized();
    }

    @Test
    void aClientRevokedBehindInclusiosBackIsRefusedAfterOneSecond() throws InterruptedException {
        var tokens = new ApiTokens(port);
        var created = createClient(tokens.user("city-admin"));
        String token = tokens.clientCredentials(created.clientId(), created.secret(), "manager");
        me(token).expectStatus().isOk();

        JdbcTemplate owner = OwnerDatabase.owner(environment);
        owner.execute((ConnectionCallback<Integer>) connection -> {
            connection.setAutoCommit(false);
            var set = connection.prepareStatement("SELECT set_config('app.tenant_id', "
                    + "(SELECT id::text FROM organisation WHERE slug = 'demo-city'), true)");
            set.execute();
            int revoked = connection.createStatement().executeUpdate(
                    "UPDATE api_client SET revoked_at = now() WHERE client_id = '" + created.clientId() + "'");
            connection.commit();
            connection.setAutoCommit(true);
            return revoked;
        });
        Thread.sleep(LONGER_THAN_THE_ACTOR_CACHE_MILLIS);
        me(token).expectStatus().isUnauthorized();
    }

    @Test
    void aSuspensionBehindInclusiosBackIsRefusedAfterOneSecond() throws InterruptedException {
        var tokens = new ApiTokens(port);
        String token = tokens.clientCredentials("demo-aid-integration", "demo-secret");
        me(token).expectStatus().isOk();
        JdbcTemplate owner = OwnerDatabase.owner(environment);
        String aid = owner.queryForObject("SELECT id::text FROM organisation WHERE slug = 'demo-aid'", String.class);

        owner.update("UPDATE organisation SET status = 'SUSPENDED' WHERE id = ?::uuid", aid);
        try {
            Thread.sleep(LONGER_THAN_THE_ACTOR_CACHE_MILLIS);
            me(token).expectStatus().isUnauthorized();
        } finally {
            // through the service, whose event makes the next request resolve afresh
            client.put().uri("/api/v1/platform/organisations/{id}/status", aid)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.user("platform-admin"))
                    .contentType(MediaType.APPLICATION_JSON).body("{\"status\":\"ACTIVE\"}")
                    .exchange().expectStatus().isOk();
        }
        me(token).expectStatus().isOk();
    }

    private record CreatedClient(String id, String clientId, String secret) {
    }

    private CreatedClient createClient(String adminToken) {
        JsonNode created = client.post().uri("/api/v1/api-clients")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"latency-%s\",\"scopes\":[\"MANAGER\"]}".formatted(
                        UUID.randomUUID().toString().substring(0, 8)))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return new CreatedClient(created.get("client").get("id").asText(),
                created.get("client").get("clientId").asText(), created.get("secret").asText());
    }

    private RestTestClient.ResponseSpec me(String token) {
        return client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }
}
