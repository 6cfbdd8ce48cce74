package org.inclusio.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.inclusio.ApiTokens;
import org.inclusio.IntegrationTest;
import org.inclusio.OwnerDatabase;
import org.inclusio.evaluation.EvaluationSchedules;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SMTP configured the link travels by e-mail only, to the address typed or, for an invitation by username, to
 * the account's address; the answer is the same either way. A real SMTP server (GreenMail) receives the mail. The
 * other mail Inclusio sends with the same settings is here too, so that it needs no context of its own: a sensitive
 * feedback report alerts the organisation's protection focal points, and a scheduled draft evaluation its managers.
 */
@IntegrationTest
class InvitationMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("https?://\\S+/invitation/([A-Za-z0-9_-]+)");
    private static final long WAIT_MILLIS = 30_000;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    RestTestClient client;

    @Autowired
    InvitationLinks links;

    @Autowired
    Environment environment;

    @Autowired
    EvaluationSchedules schedules;

    @LocalServerPort
    int port;

    ApiTokens tokens;

    @BeforeEach
    void reset() throws Exception {
        tokens = new ApiTokens(port);
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void anInvitationByEmailSendsExactlyOneMailInTheOrganisationsLanguageWithAWorkingLink() throws Exception {
        String address = "mailed-" + suffix() + "@example.org";
        JsonNode created = invite(tokens.user("city-admin"), "email", address);

        assertThat(created.get("link").isNull()).isTrue();
        assertThat(created.get("invitation").get("delivery").asText()).isEqualTo("EMAIL");
        assertThat(MAIL.waitForIncomingEmail(WAIT_MILLIS, 1)).isTrue();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(recipients(received[0])).containsExactly(address);
        assertThat(received[0].getSubject()).isEqualTo("Pozvánka do organizace Demo City v Inclusio");

        String username = "mailed-" + suffix();
        links.createAccount(token(received[0]), new NewAccount(username, "Mailed Person", Invited.PASSWORD));
        tokens.user(username, Invited.PASSWORD);
        assertThat(get("/api/v1/members", tokens.user("city-admin"))).anySatisfy(member -> {
            assertThat(member.get("username").asText()).isEqualTo(username);
            assertThat(member.get("email").asText()).isEqualTo(address);
        });
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anInvitationByUsernameGoesToTheAccountsAddressAndAnswersAsForAnUnknownUsername() throws Exception {
        String address = "known-" + suffix() + "@example.org";
        invite(tokens.user("city-admin"), "email", address);
        assertThat(MAIL.waitForIncomingEmail(WAIT_MILLIS, 1)).isTrue();
        String username = "known-" + suffix();
        links.createAccount(token(MAIL.getReceivedMessages()[0]), new NewAccount(username, "Known", Invited.PASSWORD));
        MAIL.purgeEmailFromAllMailboxes();

        String aidAdmin = tokens.user("aid-admin");
        JsonNode unknown = invite(aidAdmin, "username", "unknown-" + suffix());
        JsonNode known = invite(aidAdmin, "username", username);

        assertThat(known.get("link").isNull()).isTrue();
        assertThat(unknown.get("link").isNull()).isTrue();
        assertThat(known.get("invitation").get("delivery")).isEqualTo(unknown.get("invitation").get("delivery"));
        assertThat(known.toString()).doesNotContain(address, "Known\"");
        assertThat(MAIL.waitForIncomingEmail(WAIT_MILLIS, 1)).isTrue();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(recipients(received[0])).containsExactly(address);
        assertThat(received[0].getSubject()).isEqualTo("Invitation to Demo Aid in Inclusio");
        assertThat(links.open(token(received[0]))).get()
                .satisfies(invitation -> assertThat(invitation.organisationName()).isEqualTo("Demo Aid"));
    }

    @Test
    void aSensitiveFeedbackReportAlertsTheFocalPointByMailWithoutItsContent() throws Exception {
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        String address = "focal-" + suffix() + "@example.org";
        superuser.update("UPDATE user_account SET email = ? WHERE username = 'city-focal-point'", address);
        try {
            String manager = tokens.user("city-manager");
            String channel = client.post().uri("/api/v1/feedback-channels")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + manager).contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"name":"Alert %s","languages":["en"],"opensOn":"%s","questions":[]}"""
                            .formatted(suffix(), LocalDate.now())).exchange().expectStatus().isCreated()
                    .expectBody(JsonNode.class).returnResult().getResponseBody().get("publicToken").asText();
            String marker = "serious-" + suffix();
            for (String category : new String[] {"COMPLIMENT", "SERIOUS"}) {
                client.post().uri("/api/v1/public/feedback/{token}", channel).contentType(MediaType.APPLICATION_JSON)
                        .body("""
                                {"language":"en","category":"%s","answers":{},"comment":"%s"}"""
                                .formatted(category, marker)).exchange().expectStatus().isCreated();
            }

            assertThat(MAIL.waitForIncomingEmail(WAIT_MILLIS, 1)).isTrue();
            MimeMessage[] received = MAIL.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(recipients(received[0])).containsExactly(address);
            assertThat(received[0].getSubject()).isEqualTo("V Inclusio přišlo citlivé hlášení pro Demo City");
            assertThat((String) received[0].getContent()).contains("http").doesNotContain(marker, "SERIOUS");
        } finally {
            superuser.update("UPDATE user_account SET email = NULL WHERE username = 'city-focal-point'");
        }
    }

    @Test
    void aScheduledDraftEvaluationTellsTheManagersByMail() throws Exception {
        JdbcTemplate superuser = OwnerDatabase.superuser(environment);
        String address = "manager-" + suffix() + "@example.org";
        superuser.update("UPDATE user_account SET email = ? WHERE username = 'city-manager'", address);
        try {
            String manager = tokens.user("city-manager");
            String practice = json(client.post().uri("/api/v1/practices"), manager, """
                    {"name":"Scheduled %s","startsOn":"%s","status":"RUNNING"}"""
                    .formatted(suffix(), LocalDate.now().minusYears(1))).get("id").asText();
            String spring = null;
            for (JsonNode framework : client.get().uri("/api/v1/frameworks")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + manager).exchange().expectBody(JsonNode.class)
                    .returnResult().getResponseBody().get("items")) {
                if (framework.get("key").asText().equals("spring-good-practice-criteria")) {
                    spring = framework.get("id").asText();
                }
            }
            json(client.put().uri("/api/v1/practices/" + practice + "/evaluation-schedule"), manager, """
                    {"framework":"%s","cadence":"HALF_YEARLY","firstPeriodFrom":"%s"}"""
                    .formatted(spring, LocalDate.now().minusMonths(7)));
            UUID city = superuser.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);

            var opened = SystemWork.callIn("test", city, Set.of(Role.MANAGER), schedules::openDue);

            assertThat(opened).hasSize(1);
            assertThat(MAIL.waitForIncomingEmail(WAIT_MILLIS, 1)).isTrue();
            MimeMessage[] received = MAIL.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(recipients(received[0])).containsExactly(address);
            assertThat(received[0].getSubject()).startsWith("Hodnocení praxe Scheduled ");
            assertThat((String) received[0].getContent()).contains("/evaluations/" + opened.getFirst());
        } finally {
            superuser.update("UPDATE user_account SET email = NULL WHERE username = 'city-manager'");
        }
    }

    private JsonNode json(RestTestClient.RequestBodySpec request, String token, String body) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private static String token(MimeMessage message) throws Exception {
        var link = LINK.matcher((String) message.getContent());
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    private JsonNode invite(String token, String by, String invitee) {
        return client.post().uri("/api/v1/invitations").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"%s\":\"%s\",\"roles\":[\"CASEWORKER\"]}".formatted(by, invitee))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
