package org.inclusio.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.inclusio.IntegrationTest;
import org.inclusio.identity.CreateMember;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.internal.TestSignIn;
import org.inclusio.identity.internal.WithDemoUser;
import org.inclusio.shared.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone with a one-time password sees only their profile, where they replace it. */
@IntegrationTest
@WithDemoUser(PasswordChangeGuardViewTests.NEWCOMER)
class PasswordChangeGuardViewTests extends SpringBrowserlessTest {

    static final String NEWCOMER = "newcomer-with-one-time-password";

    @BeforeAll
    static void addNewcomer(@Autowired ApplicationContext context, @Autowired MemberService members) {
        TestSignIn.as(context, "city-admin");
        try {
            if (members.list().stream().noneMatch(member -> member.username().equals(NEWCOMER))) {
                members.create(new CreateMember(NEWCOMER, "New Comer", null, Set.of(Role.CASEWORKER)));
            }
        } finally {
            TestSignIn.signOut();
        }
    }

    @Test
    void everyViewLeadsToTheProfileUntilThePasswordIsReplaced() {
        navigate("", ProfileView.class);

        assertThat($(Paragraph.class).withPropertyValue(
                paragraph -> paragraph.hasClassName("password-change-required"), true).all()).hasSize(1);
    }
}
