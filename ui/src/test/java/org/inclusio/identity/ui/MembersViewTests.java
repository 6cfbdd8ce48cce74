package org.inclusio.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.masterdetaillayout.MasterDetailLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.identity.InvitationLinks;
import org.inclusio.identity.InvitationService;
import org.inclusio.identity.InviteMember;
import org.inclusio.identity.Invited;
import org.inclusio.identity.Member;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.MemberStatus;
import org.inclusio.identity.NewAccount;
import org.inclusio.identity.internal.WithDemoUser;
import org.inclusio.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SignedInTest
@WithDemoUser("city-admin")
class MembersViewTests extends SpringBrowserlessTest {

    @Autowired
    MemberService members;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationLinks links;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void listsTheMembersOfTheAdministratorsOrganisationOnlyAndItsInvitations() {
        navigate(MembersView.class);

        assertThat(usernames()).contains("city-admin", "city-volunteer", "both-caseworker")
                .doesNotContain("aid-admin", "aid-caseworker");
        assertThat(invitees()).contains("new.colleague@example.org", "late.reply@example.org");
    }

    @Test
    void theSelectedMemberIsShownBesideTheListAndInTheUrl() {
        Member volunteer = members.list().stream().filter(member -> member.username().equals("city-volunteer"))
                .findFirst().orElseThrow();

        navigate("members/" + volunteer.id(), MembersView.class);

        MasterDetailLayout layout = $(MasterDetailLayout.class).single();
        assertThat(layout.getMaster()).isNotNull();
        assertThat(layout.getDetail()).isNotNull();
        assertThat($(H3.class).withText("Vera Volunteer").exists()).isTrue();
        assertThat(grid().asSingleSelect().getValue()).isEqualTo(volunteer);
        assertThat(usernames()).isNotEmpty();
    }

    @Test
    void deactivatingAMemberAsksFirstNamingTheConsequence() {
        String username = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        var created = invitations.invite(new InviteMember(username + "@example.org", null, null,
                Set.of(Role.CASEWORKER)));
        links.createAccount(Invited.token(created.link()), new NewAccount(username, "Alex Doe", Invited.PASSWORD));
        Member leaving = member(username);
        navigate("members/" + leaving.id(), MembersView.class);

        test($(Button.class).id("member-status")).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).isEqualTo("Alex Doe loses access to Demo City. Their history stays, "
                + "and an administrator can reactivate them later.");
        assertThat(member(username).status()).isEqualTo(MemberStatus.ACTIVE);

        test(confirm).cancel();
        assertThat(member(username).status()).isEqualTo(MemberStatus.ACTIVE);

        test($(Button.class).id("member-status")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(member(username).status()).isEqualTo(MemberStatus.DEACTIVATED);
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingTypedIsLost() {
        navigate(MembersView.class);
        test($(Button.class).id("invite-member")).click();
        test($(TextField.class).id("invite-username")).setValue("Not Valid!");
        test($(TextField.class).id("invite-name")).setValue("Someone");

        test($(Button.class).id("send-invitation")).click();

        TextField username = $(TextField.class).id("invite-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getValue()).isEqualTo("Not Valid!");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(invitees()).doesNotContain("Not Valid!");
    }

    @Test
    void invitingSomeoneShowsTheLinkOnceAndListsTheInvitationButNoMember() {
        navigate(MembersView.class);
        String email = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        test($(Button.class).id("invite-member")).click();
        test($(EmailField.class).id("invite-email")).setValue(email);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> roles = $(CheckboxGroup.class).id("invite-roles");
        test(roles).selectItem("Caseworker");

        test($(Button.class).id("send-invitation")).click();

        assertThat($(TextField.class).id("invitation-link").getValue()).contains("/invitation/");
        assertThat(invitees()).contains(email);
        assertThat(grid().getGenericDataView().getItems().map(Member::email)).doesNotContain(email);
    }

    private Member member(String username) {
        return members.list().stream().filter(member -> member.username().equals(username)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<Member> grid() {
        return $(Grid.class).id("members-grid");
    }

    private List<String> invitees() {
        return $(Card.class).all().stream().map(Card::getTitleAsText).toList();
    }

    private List<String> usernames() {
        return grid().getGenericDataView().getItems().map(Member::username).toList();
    }
}
