package org.inclusio.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.identity.InvitationLinks;
import org.inclusio.identity.InvitationService;
import org.inclusio.identity.InviteMember;
import org.inclusio.identity.Invited;
import org.inclusio.identity.Member;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.NewAccount;
import org.inclusio.identity.internal.TestSignIn;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The page an invitation link opens, for a new person and for someone signed in. */
@SignedInTest
class InvitationViewTests extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationLinks links;

    @Autowired
    MemberService members;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void aNewPersonCreatesTheirAccountWhichJoinsTheInvitingOrganisation() {
        String token = Invited.token(invite("city-admin", "email", "fresh-" + suffix() + "@example.org"));
        TestSignIn.signOut();
        String username = "fresh-" + suffix();

        navigate("invitation/" + token, InvitationView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Invitation to Demo City");
        assertThat($(Anchor.class).id("sign-in-to-accept").getHref()).isEqualTo("invitation/sign-in/" + token);
        test($(TextField.class).id("new-username")).setValue(username);
        test($(TextField.class).id("new-display-name")).setValue("Fresh Person");
        test($(PasswordField.class).id("new-password")).setValue(Invited.PASSWORD);
        test($(PasswordField.class).id("repeat-password")).setValue(Invited.PASSWORD + "typo");
        test($(Button.class).id("create-account")).click();
        assertThat($(PasswordField.class).id("repeat-password").isInvalid()).isTrue();

        test($(PasswordField.class).id("repeat-password")).setValue(Invited.PASSWORD);
        test($(Button.class).id("create-account")).click();

        assertThat($(Paragraph.class).id("invitation-outcome").getText())
                .isEqualTo("Your account is ready. Sign in with your username and password.");
        Actor person = TestSignIn.as(context, username);
        assertThat(person.tenantId()).isEqualTo(organisationOf("city-admin"));
        assertThat(person.roles()).containsExactly(Role.CASEWORKER);
    }

    @Test
    void aLinkThatCannotBeUsedGetsAFriendlyPageWithNothingElse() {
        navigate("invitation/" + "no-such-token", InvitationView.class);

        assertThat($(H2.class).id("invitation-unusable").getText()).isEqualTo("This invitation link cannot be used");
        assertThat($(TextField.class).all()).isEmpty();
        assertThat($(Button.class).all()).isEmpty();
    }

    @Test
    void someoneSignedInAcceptsWithTheirAccount() {
        String username = "signed-in-" + suffix();
        String first = invite("city-admin", "email", username + "@example.org");
        links.createAccount(Invited.token(first), new NewAccount(username, "Signed In", Invited.PASSWORD));
        String token = Invited.token(invite("aid-admin", "username", username));
        TestSignIn.as(context, username);

        navigate("invitation/" + token, InvitationView.class);
        assertThat($(TextField.class).all()).as("no account form when signed in").isEmpty();
        test($(Button.class).id("accept-invitation")).click();

        assertThat($(Paragraph.class).id("invitation-outcome").getText()).startsWith("You are now a member of Demo Aid");
        TestSignIn.as(context, "aid-admin");
        assertThat(members.list()).extracting(Member::username).contains(username);
    }

    /** An invitation by {@code by} ("email" or "username") as {@code admin}; its link. */
    private String invite(String admin, String by, String invitee) {
        TestSignIn.as(context, admin);
        var command = "email".equals(by)
                ? new InviteMember(invitee, null, null, Set.of(Role.CASEWORKER))
                : new InviteMember(null, invitee, null, Set.of(Role.CASEWORKER));
        return invitations.invite(command).link();
    }

    private UUID organisationOf(String username) {
        return TestSignIn.as(context, username).tenantId();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
