package org.inclusio.identity;

import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
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
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invite and accept (issue 7, holes 2, 3 and 5): nobody becomes a member without accepting, the inviting
 * administrator learns nothing about existing accounts, links are single use and expire, and the platform
 * administrator cannot appoint a platform administrator. Without SMTP (the test default) the link is in the answer.
 */
@IntegrationTest
class InvitationIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Autowired
    InvitationLinks links;

    @LocalServerPort
    int port;

    private static final String DISPLAY_NAME = "Zelda Existing";

    ApiTokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new ApiTokens(port);
    }

    @Test
    void invitingAnExistingAccountAnswersExactlyAsInvitingNobodyAndRevealsNothingAboutThem() {
        String person = newMemberOf("aid-admin");
        String admin = tokens.user("city-admin");
        String nobody = "nobody-" + suffix();
        JsonNode existing = invite(admin, "username", person, "Someone");
        JsonNode missing = invite(admin, "username", nobody, "Someone");

        assertThat(withoutIdentity(existing)).isEqualTo(withoutIdentity(missing));
        assertThat(existing.toString()).doesNotContain(DISPLAY_NAME, "@");
        assertThat(get("/api/v1/invitations/" + invitationId(existing), admin)).isEqualTo(
                existing.get("invitation"));
        assertThat(usernames(get("/api/v1/members", admin))).doesNotContain(person, nobody);
    }

    @Test
    void anExistingAccountSeesTheInvitationAndBecomesAMemberOnlyByAcceptingWithoutChangingWhereItWorks() {
        String person = newMemberOf("aid-admin");
        String admin = tokens.user("city-admin");
        String invitee = tokens.user(person, Invited.PASSWORD);
        JsonNode created = invite(admin, "username", person, null);
        String id = invitationId(created);

        JsonNode received = get("/api/v1/me/invitations", invitee);
        assertThat(ids(received)).contains(id);
        assertThat(usernames(get("/api/v1/members", admin))).doesNotContain(person);
        assertThat(get("/api/v1/me", invitee).get("organisation").get("slug").asText()).isEqualTo("demo-aid");

        // someone else cannot accept it
        post("/api/v1/me/invitations/" + id + "/acceptance", tokens.user("city-manager"))
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        post("/api/v1/me/invitations/" + id + "/acceptance", invitee).expectStatus().isNoContent();

        assertThat(usernames(get("/api/v1/members", admin))).contains(person);
        assertThat(get("/api/v1/me", invitee).get("organisation").get("slug").asText()).isEqualTo("demo-aid");
        assertThat(get("/api/v1/invitations/" + id, admin).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(ids(get("/api/v1/me/invitations", invitee))).doesNotContain(id);
        post("/api/v1/me/invitations/" + id + "/acceptance", invitee).expectStatus().isNotFound();
        assertThat(get("/api/v1/audit-events", admin)).anySatisfy(event -> {
            assertThat(event.get("action").asText()).isEqualTo("INVITATION_ACCEPTED");
            assertThat(event.get("actor").asText()).isEqualTo(person);
        });
    }

    @Test
    void declinedWithdrawnAndExpiredInvitationsLeaveNoMembershipAndCannotBeAccepted() {
        String person = newMemberOf("aid-admin");
        String admin = tokens.user("city-admin");
        String invitee = tokens.user(person, Invited.PASSWORD);
        String declined = invitationId(invite(admin, "username", person, null));
        post("/api/v1/me/invitations/" + declined + "/decline", invitee).expectStatus().isNoContent();
        post("/api/v1/me/invitations/" + declined + "/acceptance", invitee).expectStatus().isNotFound();
        assertThat(get("/api/v1/invitations/" + declined, admin).get("status").asText()).isEqualTo("DECLINED");

        JsonNode withdrawnInvitation = invite(admin, "username", person, null);
        String withdrawn = invitationId(withdrawnInvitation);
        post("/api/v1/invitations/" + withdrawn + "/withdrawal", admin).expectStatus().isOk();
        post("/api/v1/invitations/" + withdrawn + "/withdrawal", admin).expectStatus().isBadRequest();
        post("/api/v1/me/invitations/" + withdrawn + "/acceptance", invitee).expectStatus().isNotFound();
        assertThat(links.open(Invited.token(withdrawnInvitation.get("link").asText()))).isEmpty();

        JsonNode expiredInvitation = invite(admin, "username", person, null);
        String expired = invitationId(expiredInvitation);
        expire(expired);
        assertThat(get("/api/v1/invitations/" + expired, admin).get("status").asText()).isEqualTo("EXPIRED");
        assertThat(ids(get("/api/v1/me/invitations", invitee))).doesNotContain(declined, withdrawn, expired);
        post("/api/v1/me/invitations/" + expired + "/acceptance", invitee).expectStatus().isNotFound();
        String expiredToken = Invited.token(expiredInvitation.get("link").asText());
        assertThat(links.open(expiredToken)).isEmpty();
        assertThatThrownBy(() -> links.createAccount(expiredToken,
                new NewAccount("late-" + suffix(), "Late", Invited.PASSWORD))).isInstanceOf(NotFoundException.class);

        assertThat(usernames(get("/api/v1/members", admin))).doesNotContain(person);
    }

    @Test
    void aNewPersonCreatesTheirAccountThroughTheLinkOnceAndWorksInTheInvitingOrganisation() {
        String cityAdmin = tokens.user("city-admin");
        String username = "newcomer-" + suffix();
        String link = invite(cityAdmin, "email", username + "@example.org", "New Comer").get("link").asText();
        assertThat(link).contains("/invitation/");
        assertThat(Invited.token(link)).hasSizeGreaterThanOrEqualTo(43);
        assertThat(links.open(Invited.token(link))).get()
                .satisfies(invitation -> assertThat(invitation.organisationName()).isEqualTo("Demo City"));

        assertThatThrownBy(() -> links.createAccount(Invited.token(link),
                new NewAccount(username, "New Comer", "too-short"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> links.createAccount(Invited.token(link),
                new NewAccount(username, "New Comer", "é".repeat(40)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> links.createAccount(Invited.token(link),
                new NewAccount("city-manager", "Not Marta", Invited.PASSWORD)))
                .isInstanceOf(InvalidInputException.class);
        links.createAccount(Invited.token(link), new NewAccount(username, "New Comer", Invited.PASSWORD));

        String token = tokens.user(username, Invited.PASSWORD);
        assertThat(get("/api/v1/me", token).get("organisation").get("slug").asText()).isEqualTo("demo-city");
        assertThat(get("/api/v1/members", cityAdmin)).anySatisfy(member -> {
            assertThat(member.get("username").asText()).isEqualTo(username);
            assertThat(member.get("status").asText()).isEqualTo("ACTIVE");
        });
        // the link was used: it neither opens nor creates a second account
        assertThat(links.open(Invited.token(link))).isEmpty();
        assertThatThrownBy(() -> links.createAccount(Invited.token(link),
                new NewAccount("second-" + suffix(), "Second", Invited.PASSWORD)))
                .isInstanceOf(NotFoundException.class);

        // Demo Aid comes first alphabetically; the default organisation set at creation keeps them in Demo City
        String aidInvitation = invitationId(invite(tokens.user("aid-admin"), "username", username, null));
        post("/api/v1/me/invitations/" + aidInvitation + "/acceptance", token).expectStatus().isNoContent();
        assertThat(get("/api/v1/me", tokens.user(username, Invited.PASSWORD)).get("organisation").get("slug")
                .asText()).isEqualTo("demo-city");
    }

    @Test
    void anotherOrganisationsInvitationsAreNotFound() {
        String cityInvitation = invitationId(invite(tokens.user("city-admin"), "email",
                "isolated-" + suffix() + "@example.org", null));
        String aidAdmin = tokens.user("aid-admin");
        client.get().uri("/api/v1/invitations/{id}", cityInvitation)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + aidAdmin).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/v1/invitations/" + cityInvitation + "/withdrawal", aidAdmin).expectStatus().isNotFound();
        assertThat(ids(get("/api/v1/invitations", aidAdmin))).doesNotContain(cityInvitation);
        assertThat(get("/api/v1/invitations/" + cityInvitation, tokens.user("city-admin")).get("status").asText())
                .isEqualTo("PENDING");
        client.get().uri("/api/v1/invitations").header(HttpHeaders.AUTHORIZATION, "Bearer "
                + tokens.user("city-caseworker")).exchange().expectStatus().isForbidden();
    }

    @Test
    void theLinkPageIsOpenWithoutSigningInAndSigningInToAcceptIsNot() throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/invitation/"
                + "unknown-token")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/invitation/sign-in/unknown-token")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(signIn.statusCode()).isEqualTo(302);
    }

    @Test
    void thePlatformAdministratorCannotAppointAnyPlatformAdministratorAndEveryAppointmentIsAudited()
            throws IOException {
        String platformAdmin = tokens.user("platform-admin");
        String organisation = createOrganisation(platformAdmin);
        String otherPlatformAdmin = "ops-" + suffix();
        // row-level security lets the application role write no account but its own: the superuser seeds it
        var superuser = OwnerDatabase.superuser(environment);
        superuser.update("""
                INSERT INTO user_account (id, username, display_name, email, platform_admin, created_at)
                VALUES (?, ?, 'Other Operator', ?, true, now())""", UUID.randomUUID(), otherPlatformAdmin,
                otherPlatformAdmin + "@example.org");

        JsonNode self = appoint(platformAdmin, organisation, "username", "platform-admin").expectStatus()
                .isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode other = appoint(platformAdmin, organisation, "username", otherPlatformAdmin).expectStatus()
                .isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(self.get("errors").get(0).get("message").asText())
                .isEqualTo("a platform administrator cannot be appointed")
                .isEqualTo(other.get("errors").get(0).get("message").asText());
        assertThat(other.toString()).doesNotContain("Other Operator");

        // someone who becomes a platform administrator before accepting is refused then
        String later = "later-" + suffix();
        JsonNode laterInvitation = appoint(platformAdmin, organisation, "username", later).expectStatus()
                .isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        superuser.update("""
                INSERT INTO user_account (id, username, display_name, platform_admin, created_at)
                VALUES (?, ?, 'Later Operator', true, now())""", UUID.randomUUID(), later);
        assertThatThrownBy(() -> links.createAccount(Invited.token(laterInvitation.get("link").asText()),
                new NewAccount("later-admin-" + suffix(), "Later", Invited.PASSWORD)))
                .isInstanceOf(InvalidInputException.class);

        String adminName = "first-admin-" + suffix();
        JsonNode appointed = appoint(platformAdmin, organisation, "email", adminName + "@example.org")
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(appointed.get("invitation").get("roles")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ORG_ADMIN", "MANAGER");
        Invited.join(links, appointed.get("link").asText(), adminName);

        JsonNode audit = get("/api/v1/platform/audit-events", platformAdmin);
        for (String action : List.of("INVITATION_CREATED", "INVITATION_ACCEPTED")) {
            assertThat(audit).as(action).anySatisfy(event -> {
                assertThat(event.get("action").asText()).isEqualTo(action);
                assertThat(event.get("organisation").asText()).isEqualTo(organisation);
                assertThat(event.get("targetId").asText()).isEqualTo(invitationId(appointed));
            });
        }
        assertThat(get("/api/v1/me", tokens.user(adminName, Invited.PASSWORD)).get("roles"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("ORG_ADMIN", "MANAGER");
    }

    @Test
    void answersToUnknownInvitationsAreProblems() {
        String person = tokens.user("city-caseworker");
        post("/api/v1/me/invitations/" + UUID.randomUUID() + "/acceptance", person).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/v1/me/invitations/" + UUID.randomUUID() + "/decline", person).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/api/v1/me/invitations", tokens.clientCredentials("demo-city-integration", "demo-secret")))
                .isEmpty();
    }

    /** A new account that works for the organisation of {@code adminUsername} only. */
    private String newMemberOf(String adminUsername) {
        String username = "person-" + suffix();
        JsonNode created = invite(tokens.user(adminUsername), "email", username + "@example.org", null);
        links.createAccount(Invited.token(created.get("link").asText()),
                new NewAccount(username, DISPLAY_NAME, Invited.PASSWORD));
        return username;
    }

    private JsonNode invite(String token, String by, String invitee, String displayName) {
        String name = displayName == null ? "" : ",\"displayName\":\"" + displayName + "\"";
        return client.post().uri("/api/v1/invitations").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"%s\":\"%s\"%s,\"roles\":[\"CASEWORKER\"]}".formatted(by, invitee, name))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec appoint(String token, String organisation, String by, String invitee) {
        return client.post().uri("/api/v1/platform/organisations/{id}/administrators", organisation)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .body("{\"%s\":\"%s\",\"roles\":[\"MANAGER\"]}".formatted(by, invitee)).exchange();
    }

    private String createOrganisation(String platformAdmin) {
        String slug = "appointing-" + suffix();
        return client.post().uri("/api/v1/platform/organisations")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + platformAdmin).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"name":"Test %1$s","slug":"%1$s","type":"NGO","country":"CZ","defaultLanguage":"en",
                         "languages":["en"],"smallCellThreshold":5,"retentionMonths":60}""".formatted(slug))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asText();
    }

    /** Moves an invitation's expiry into the past, with raw SQL inside its organisation (row-level security). */
    private void expire(String invitation) {
        UUID city = jdbc.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);
        int updated = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            connection.setAutoCommit(false);
            try {
                var set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                set.setString(1, city.toString());
                set.execute();
                var update = connection.prepareStatement(
                        "UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = ?");
                update.setObject(1, UUID.fromString(invitation));
                int rows = update.executeUpdate();
                connection.commit();
                return rows;
            } finally {
                connection.setAutoCommit(true);
            }
        });
        assertThat(updated).isEqualTo(1);
    }

    /** The answer without what necessarily differs: ids, times, the link and the username typed. */
    private static JsonNode withoutIdentity(JsonNode created) {
        var copy = created.deepCopy();
        ((ObjectNode) copy).remove("link");
        var invitation = (ObjectNode) copy.get("invitation");
        invitation.remove(List.of("id", "username", "createdAt", "expiresAt"));
        return copy;
    }

    private static String invitationId(JsonNode created) {
        return created.get("invitation").get("id").asText();
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> usernames(JsonNode members) {
        List<String> names = new ArrayList<>();
        members.forEach(member -> names.add(member.get("username").asText()));
        return names;
    }

    private JsonNode get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec post(String path, String token) {
        return client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("").exchange();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
