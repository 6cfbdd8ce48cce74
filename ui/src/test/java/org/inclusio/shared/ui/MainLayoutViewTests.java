package org.inclusio.shared.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SignedInTest
@WithDemoUser("city-caseworker")
class MainLayoutViewTests extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void homeRendersInsideTheLayoutWithNavigation() {
        navigate(HomeView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Welcome to Inclusio");
        assertThat($(MainLayout.class).all()).hasSize(1);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Home");
    }

    @Test
    void homeTellsACaseworkerWhatTheyCanDoAndOffersNoAdministration() {
        navigate(HomeView.class);

        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly("Caseworker", "Profile");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Open and keep beneficiaries' case files"));
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .containsExactly("case-files", "consultations", "follow-ups", "feedback", "profile");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Case files", "Consultations", "Log a consultation", "My follow-ups", "Feedback",
                        "Enter feedback")
                .doesNotContain("Members", "Audit log");
    }

    @Test
    @WithDemoUser("city-admin")
    void homeLinksAnOrganisationAdministratorToTheirViews() {
        navigate(HomeView.class);

        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly("Organisation admin", "Profile");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .containsExactly("members", "api-clients", "organisation", "audit-log", "profile");
    }

    @Test
    @WithDemoUser("platform-admin")
    void homeLinksThePlatformAdministratorToOrganisations() {
        navigate(HomeView.class);

        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly("Platform admin", "Profile");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .containsExactly("platform/organisations", "audit-log", "profile");
    }

    @Test
    void switchingTheLanguageTranslatesTheUi() {
        navigate(HomeView.class);

        test($(LanguageSwitcher.class).single()).selectItem("Čeština");

        Locale czech = Locale.forLanguageTag("cs");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(czech);
        // The browser reloads the page; Vaadin bootstraps the new UI in the session's language (the real-browser
        // test checks that end to end) and builds the layout and the view anew.
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        assertThat($(H1.class, new HomeView()).single().getText()).isEqualTo("Vítejte v Inclusio");
        assertThat($(SideNavItem.class, new MainLayout(List.of())).all()).extracting(SideNavItem::getLabel).contains("Úvod");
    }
}
