package org.inclusio.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.IntegrationTest;
import org.inclusio.identity.Member;
import org.inclusio.identity.MemberService;
import org.inclusio.identity.SignedInUser;
import org.inclusio.identity.internal.TestSignIn;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 7, hole 1: a staff session's actor is re-checked on every request of the UI, through the real security filter
 * chain and the real database. Each test changes a demo membership or organisation and puts it back.
 */
@IntegrationTest
@AutoConfigureMockMvc
// verdicts are kept far longer than a test runs, so only their invalidation on the change can make it visible
@TestPropertySource(properties = "inclusio.security.session-recheck.max-age=1h")
class SessionCheckViewTests extends SpringBrowserlessTest {

    private static final String SESSION_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MemberService members;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationDirectory directory;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void aMemberStillActiveKeepsTheirSession() throws Exception {
        var session = signedInSession("city-caseworker");

        var result = mvc.perform(get("/").session(session)).andReturn();

        assertThat(session.isInvalid()).isFalse();
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        assertThat(actorIn(session).name()).isEqualTo("city-caseworker");
    }

    @Test
    void aDeactivatedMembersNextPageLoadEndsTheirSessionWithAMessage() throws Exception {
        var session = signedInSession("city-caseworker");
        mvc.perform(get("/").session(session)).andReturn(); // a valid verdict is now cached
        var membership = asAdmin("city-admin", () -> member("city-caseworker"));
        asAdmin("city-admin", () -> members.deactivate(membership.id()));
        try {
            MvcResult next = mvc.perform(get("/").session(session)).andReturn();

            assertThat(session.isInvalid()).isTrue();
            assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/session-ended");
            var notice = (SessionEndedView.Notice) next.getRequest().getSession().getAttribute(SessionEndedView.NOTICE);
            assertThat(notice.organisation()).isEqualTo("Demo City");
            assertThat(next.getRequest().getSession().getAttribute(SESSION_CONTEXT)).isNull();
        } finally {
            asAdmin("city-admin", () -> members.reactivate(membership.id()));
        }
    }

    @Test
    void aDeactivatedMembersNextVaadinRequestFindsNoSession() throws Exception {
        var session = signedInSession("city-caseworker");
        var membership = asAdmin("city-admin", () -> member("city-caseworker"));
        asAdmin("city-admin", () -> members.deactivate(membership.id()));
        try {
            MvcResult next = mvc.perform(post("/?v-r=uidl&v-uiId=0").session(session)
                    .contentType("application/json").content("{}")).andReturn();

            assertThat(session.isInvalid()).isTrue();
            // not redirected: Vaadin answers a request without a session, and the browser goes to the ended page
            assertThat(next.getResponse().getRedirectedUrl()).isNull();
            assertThat(next.getRequest().getSession().getAttribute(SessionEndedView.NOTICE)).isNotNull();
        } finally {
            asAdmin("city-admin", () -> members.reactivate(membership.id()));
        }
    }

    @Test
    void aDemotedAdministratorLosesAdministrationAtTheirNextRequest() throws Exception {
        var session = signedInSession("city-admin");
        var admin = asAdmin("city-admin", () -> member("city-admin"));
        var second = asAdmin("city-admin", () -> member("city-manager"));
        asAdmin("city-admin", () -> members.changeRoles(second.id(), EnumSet.of(Role.MANAGER, Role.ORG_ADMIN)));
        asAdmin("city-manager", () -> members.changeRoles(admin.id(), Set.of(Role.MANAGER)));
        try {
            mvc.perform(get("/members").session(session)).andReturn();

            assertThat(session.isInvalid()).isFalse();
            Actor actor = actorIn(session);
            assertThat(actor.roles()).containsExactly(Role.MANAGER);
            var authentication = ((SecurityContext) session.getAttribute(SESSION_CONTEXT)).getAuthentication();
            assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .doesNotContain(Role.ORG_ADMIN.authority());

            SecurityContextHolder.setContext((SecurityContext) session.getAttribute(SESSION_CONTEXT));
            assertThatThrownBy(() -> members.list()).isInstanceOf(AuthorizationDeniedException.class);
            VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
            navigate("members", Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NoAccessView");
            assertThat($(H1.class).single().getText()).isEqualTo("No access");
        } finally {
            asAdmin("city-manager", () -> members.changeRoles(admin.id(), Set.of(Role.ORG_ADMIN)));
            asAdmin("city-admin", () -> members.changeRoles(second.id(), Set.of(Role.MANAGER)));
        }
    }

    @Test
    void suspendingTheOrganisationEndsItsMembersSessions() throws Exception {
        var session = signedInSession("city-caseworker");
        var city = directory.findBySlug("demo-city").orElseThrow();
        asAdmin("platform-admin", () -> organisations.changeStatus(city.id(), OrganisationStatus.SUSPENDED));
        try {
            MvcResult next = mvc.perform(get("/profile").session(session)).andReturn();

            assertThat(session.isInvalid()).isTrue();
            assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/session-ended");
        } finally {
            asAdmin("platform-admin", () -> organisations.changeStatus(city.id(), OrganisationStatus.ACTIVE));
        }
    }

    @Test
    void theEndedPageNamesTheOrganisationInThePersonsLanguage() {
        VaadinSession.getCurrent().getSession().setAttribute(SessionEndedView.NOTICE,
                new SessionEndedView.Notice("Demo City", Locale.forLanguageTag("cs")));

        navigate(SessionEndedView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Váš přístup skončil");
        assertThat($(Paragraph.class).single().getText())
                .isEqualTo("Váš přístup do organizace Demo City skončil. Obraťte se na správce své organizace.");
    }

    @Test
    void withoutANoticeTheEndedPageSaysTheSessionEnded() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        navigate(SessionEndedView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Your session has ended");
    }

    private MockHttpSession signedInSession(String username) {
        TestSignIn.as(context, username);
        var session = new MockHttpSession();
        session.setAttribute(SESSION_CONTEXT, SecurityContextHolder.getContext());
        SecurityContextHolder.clearContext();
        return session;
    }

    private static Actor actorIn(MockHttpSession session) {
        var context = (SecurityContext) session.getAttribute(SESSION_CONTEXT);
        return ((SignedInUser) context.getAuthentication().getPrincipal()).actor();
    }

    private Member member(String username) {
        return members.list().stream().filter(member -> member.username().equals(username)).findFirst().orElseThrow();
    }

    private <T> T asAdmin(String username, Supplier<T> work) {
        TestSignIn.as(context, username);
        try {
            return work.get();
        } finally {
            TestSignIn.signOut();
        }
    }
}
