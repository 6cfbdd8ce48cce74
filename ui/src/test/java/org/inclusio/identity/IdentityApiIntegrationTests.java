package org.inclusio.identity;

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

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class IdentityApiIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InvitationLinks invitationLinks;

    /** Accounts are behind row-level security: the superuser sees whether one was created. */
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
    void meDescribesAPersonTheirOrganisationRolesAndWhereTheyMaySwitch() {
        JsonNode me = get("/api/v1/me", tokens.user("both-caseworker"));

        assertThat(me.get("kind").asText()).isEqualTo("USER");
        assertThat(me.get("name").asText()).isEqualTo("both-caseworker");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("CASEWORKER");
        String current = me.get("organisation").get("slug").asText();
        assertThat(me.get("otherOrganisations")).hasSize(1);
        String other = me.get("otherOrganisations").get(0).get("slug").asText();
        assertThat(Set.of(current, other)).containsExactlyInAnyOrder("demo-city", "demo-aid");
    }

    @Test
    void meDescribesAMachineClient() {
        JsonNode me = get("/api/v1/me", tokens.clientCredentials("demo-aid-integration", "demo-secret"));

        assertThat(me.get("kind").asText()).isEqualTo("CLIENT");
        assertThat(me.get("organisation").get("slug").asText()).isEqualTo("demo-aid");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("MANAGER", "CASEWORKER");
    }

    @Test
    void aPersonSwitchesOrganisationAndActsThereOnly() {
        String token = tokens.user("both-caseworker");
        JsonNode before = get("/api/v1/me", token);
        String target = before.get("otherOrganisations").get(0).get("id").asText();

        JsonNode after = client.put().uri("/api/v1/me/organisation").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"organisationId\":\"" + target + "\"}")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(after.get("organisation").get("id").asText()).isEqualTo(target);
        // the switch applies to tokens issued from now on (TokenOrganisationIntegrationTests)
        assertThat(get("/api/v1/organisation", tokens.user("both-caseworker")).get("id").asText()).isEqualTo(target);
    }

    @Test
    void switchingToAnOrganisationOneIsNotAMemberOfIsNotFound() {
        String token = tokens.user("city-caseworker");
        String aid = organisationId("demo-aid");
        client.put().uri("/api/v1/me/organisation").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"organisationId\":\"" + aid + "\"}")
                .exchange().expectStatus().isNotFound();
        assertThat(get("/api/v1/me", token).get("organisation").get("slug").asText()).isEqualTo("demo-city");
    }

    @Test
    void tenantHeadersAndParametersHaveNoEffect() {
        String aid = organisationId("demo-aid");
        String token = tokens.user("city-admin");
        JsonNode me = client.get().uri("/api/v1/me?tenant={id}&tenantId={id}&organisation={id}&org=demo-aid", aid, aid, aid)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Tenant-Id", aid).header("X-Organisation-Id", aid).header("X-Tenant", "demo-aid")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(me.get("organisation").get("slug").asText()).isEqualTo("demo-city");

        JsonNode members = client.get().uri("/api/v1/members?tenant={id}", aid)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header("X-Tenant-Id", aid)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(members).extracting(member -> member.get("username").asText())
                .contains("city-admin").doesNotContain("aid-admin");
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        String volunteer = tokens.user("city-volunteer");
        String caseworker = tokens.user("city-caseworker");
        String platformAdmin = tokens.user("platform-admin");
        String orgAdmin = tokens.user("city-admin");

        post("/api/v1/invitations", volunteer, invitation("intruder")).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/members").header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/api-clients").header(HttpHeaders.AUTHORIZATION, "Bearer " + caseworker)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/audit-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + volunteer)
                .exchange().expectStatus().isForbidden();
        // the platform administrator sees no organisation data
        client.get().uri("/api/v1/members").header(HttpHeaders.AUTHORIZATION, "Bearer " + platformAdmin)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/organisation").header(HttpHeaders.AUTHORIZATION, "Bearer " + platformAdmin)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/audit-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + platformAdmin)
                .exchange().expectStatus().isForbidden();
        // and organisation administrators do not administer the platform
        client.get().uri("/api/v1/platform/organisations").header(HttpHeaders.AUTHORIZATION, "Bearer " + orgAdmin)
                .exchange().expectStatus().isForbidden();
        assertThat(OwnerDatabase.superuser(environment).queryForObject("SELECT count(*) FROM user_account WHERE username = 'intruder'", Long.class))
                .isZero();
    }

    @Test
    void invalidInputGetsFieldErrorsAndNothingIsSaved() {
        String platformAdmin = tokens.user("platform-admin");
        JsonNode problem = post("/api/v1/platform/organisations", platformAdmin, """
                {"name":"","slug":"Not A Slug!","type":"NGO","country":"cz","defaultLanguage":"en",
                 "languages":["en"],"smallCellThreshold":3,"retentionMonths":60}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .contains("name", "slug", "country", "smallCellThreshold");

        post("/api/v1/platform/organisations", platformAdmin, organisation("demo-city"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("slug");

        String admin = tokens.user("city-admin");
        post("/api/v1/invitations", admin, """
                {"username":"new-person","displayName":"New Person","roles":["PILOT"]}""")
                .expectStatus().isBadRequest();
        post("/api/v1/invitations", admin, """
                {"username":"%s","displayName":"New Person","roles":["CASEWORKER"]}""".formatted("x".repeat(300)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        post("/api/v1/invitations", admin, """
                {"email":"both@example.org","username":"new-person","roles":["CASEWORKER"]}""")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("emailOrUsername");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organisation WHERE slug = 'demo-city'", Long.class))
                .isEqualTo(1);
        assertThat(OwnerDatabase.superuser(environment).queryForObject(
                "SELECT count(*) FROM user_account WHERE username = 'new-person'", Long.class)).isZero();
    }

    @Test
    void suspendedOrganisationsDeactivatedMembersAndRevokedClientsAreRefused() {
        String platformAdmin = tokens.user("platform-admin");
        String slug = "suspension-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode organisation = post("/api/v1/platform/organisations", platformAdmin, organisation(slug))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String organisationId = organisation.get("id").asText();

        String adminName = slug + "-admin";
        JsonNode appointed = post("/api/v1/platform/organisations/" + organisationId + "/administrators",
                platformAdmin, invitation(adminName + "@example.org")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(appointed.get("invitation").get("roles")).extracting(JsonNode::asText).contains("ORG_ADMIN");
        Invited.join(invitationLinks, appointed.get("link").asText(), adminName);
        String adminPassword = Invited.PASSWORD;
        String adminToken = tokens.user(adminName, adminPassword);
        // appointing gives the platform administrator no access to the organisation's data
        client.get().uri("/api/v1/members").header(HttpHeaders.AUTHORIZATION, "Bearer " + platformAdmin)
                .exchange().expectStatus().isForbidden();

        String workerName = slug + "-worker";
        String workerToken = join(adminToken, workerName);
        String workerMembership = membershipId(adminToken, workerName);
        JsonNode newClient = post("/api/v1/api-clients", adminToken, """
                {"name":"sync","scopes":["MANAGER"]}""")
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String clientToken = tokens.clientCredentials(slug + "-sync", newClient.get("secret").asText(), "manager");
        get("/api/v1/me", clientToken);

        // deactivated member: their token stops working at once
        client.put().uri("/api/v1/members/{id}/status", workerMembership)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"DEACTIVATED\"}").exchange().expectStatus().isOk();
        unauthorized(workerToken);

        // revoked client: existing token refused, no new token
        post("/api/v1/api-clients/" + newClient.get("client").get("id").asText() + "/revocation", adminToken, "")
                .expectStatus().isOk();
        unauthorized(clientToken);
        assertThatThrownBy(() -> tokens.clientCredentials(slug + "-sync", newClient.get("secret").asText(), "manager"))
                .hasMessageContaining("401");

        // suspended organisation: its administrator is refused too, and cannot sign in again
        client.put().uri("/api/v1/platform/organisations/{id}/status", organisationId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + platformAdmin).contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"SUSPENDED\"}").exchange().expectStatus().isOk();
        unauthorized(adminToken);
        assertThatThrownBy(() -> tokens.user(adminName, adminPassword)).hasMessageContaining("refused");

        JsonNode platformAudit = get("/api/v1/platform/audit-events", platformAdmin);
        assertThat(platformAudit).anySatisfy(event -> {
            assertThat(event.get("action").asText()).isEqualTo("ORGANISATION_SUSPENDED");
            assertThat(event.get("organisation").asText()).isEqualTo(organisationId);
        });
    }

    @Test
    void membershipAndClientChangesAreAuditedForTheOrganisationAdministrator() {
        String admin = tokens.user("city-admin");
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        join(admin, username);
        client.put().uri("/api/v1/members/{id}/roles", membershipId(admin, username))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                .body("{\"roles\":[\"MANAGER\"]}").exchange().expectStatus().isOk();

        JsonNode events = get("/api/v1/audit-events", admin);
        assertThat(events).anySatisfy(event -> {
            assertThat(event.get("action").asText()).isEqualTo("MEMBER_ROLES_CHANGED");
            assertThat(event.get("actor").asText()).isEqualTo("city-admin");
            assertThat(event.get("details").asText()).contains(username, "[CASEWORKER]->[MANAGER]");
        });
        assertThat(events).anySatisfy(event -> assertThat(event.get("action").asText()).isEqualTo("MEMBER_ADDED"));
        JsonNode aidEvents = get("/api/v1/audit-events", tokens.user("aid-admin"));
        assertThat(aidEvents).noneSatisfy(event -> assertThat(event.get("details").asText("")).contains(username));
    }

    @Test
    void refusedPasswordsAreAuditedWithoutWhatWasTyped() {
        assertThatThrownBy(() -> tokens.user("city-manager", "not-the-password")).hasMessageContaining("refused");
        assertThatThrownBy(() -> tokens.user("no-such-person", "whatever")).hasMessageContaining("refused");

        JsonNode events = get("/api/v1/platform/audit-events", tokens.user("platform-admin"));
        assertThat(events).anySatisfy(event -> {
            assertThat(event.get("action").asText()).isEqualTo("SIGN_IN_FAILED");
            assertThat(event.get("actor").asText()).isEqualTo("city-manager");
        });
        assertThat(events).anySatisfy(event -> {
            assertThat(event.get("action").asText()).isEqualTo("SIGN_IN_FAILED");
            assertThat(event.get("actor").asText()).isEqualTo("unknown account");
        });
        assertThat(events.toString()).doesNotContain("no-such-person", "not-the-password", "whatever");
    }

    @Test
    void aPersonReplacesTheirPasswordAndOnlyTheNewOneWorksAfterwards() {
        String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        String initial = Invited.PASSWORD;
        String token = join(tokens.user("city-admin"), username);
        JsonNode me = get("/api/v1/me", token);
        assertThat(me.has("passwordChangeRequired")).isFalse();
        assertThat(me.get("hasPassword").asBoolean()).isTrue();

        changePassword(token, "wrong", "a-long-enough-secret").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("currentPassword");
        changePassword(token, initial, "short").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");
        changePassword(token, initial, "another-long-secret").expectStatus().isNoContent();

        assertThatThrownBy(() -> tokens.user(username, initial)).hasMessageContaining("refused");
        assertThat(get("/api/v1/me", tokens.user(username, "another-long-secret")).get("name").asText())
                .isEqualTo(username);
        assertThat(get("/api/v1/platform/audit-events", tokens.user("platform-admin"))).anySatisfy(event -> {
            assertThat(event.get("action").asText()).isEqualTo("PASSWORD_CHANGED");
            assertThat(event.get("actor").asText()).isEqualTo(username);
        });
    }

    private RestTestClient.ResponseSpec changePassword(String token, String current, String next) {
        return client.put().uri("/api/v1/me/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, next)).exchange();
    }

    private void unauthorized(String token) {
        client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String organisationId(String slug) {
        return jdbc.queryForObject("SELECT id::text FROM organisation WHERE slug = ?", String.class, slug);
    }

    private JsonNode get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec post(String path, String token, String body) {
        return client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    /** Invites {@code username@example.org}, who accepts through the link; their token. */
    private String join(String adminToken, String username) {
        JsonNode created = post("/api/v1/invitations", adminToken, invitation(username + "@example.org"))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        Invited.join(invitationLinks, created.get("link").asText(), username);
        return tokens.user(username, Invited.PASSWORD);
    }

    private String membershipId(String adminToken, String username) {
        for (JsonNode member : get("/api/v1/members", adminToken)) {
            if (member.get("username").asText().equals(username)) {
                return member.get("id").asText();
            }
        }
        throw new AssertionError("No member " + username);
    }

    /** An invitation by e-mail address, or by username when there is no {@code @}. */
    private static String invitation(String invitee) {
        return """
                {"%s":"%s","displayName":"Test Person","roles":["CASEWORKER"]}""".formatted(
                invitee.contains("@") ? "email" : "username", invitee);
    }

    private static String organisation(String slug) {
        return """
                {"name":"Test %1$s","slug":"%1$s","type":"NGO","country":"CZ","defaultLanguage":"en",
                 "languages":["en","cs"],"smallCellThreshold":5,"retentionMonths":60}""".formatted(slug);
    }
}
