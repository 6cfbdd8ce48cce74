package org.inclusio.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The packaged application in a real browser. */
class StaffUiIT {

    static PackagedApplication application;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        application = PackagedApplication.start(Path.of("target/e2e-data"));
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    void homePageRendersTheLayoutAndSwitchesLanguage() {
        Page page = browser.newPage();
        page.navigate(application.url("/"));
        Browser.signIn(page, "city-caseworker");

        assertThat(page.locator("h1")).hasText("Welcome to Inclusio");
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Home");
        assertThat(page).hasTitle("Home | Inclusio");
        assertThat(Files.exists(Browser.screenshot(page, "home-en"))).isTrue();

        page.locator("vaadin-select.language-switcher").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Čeština")).click();

        assertThat(page.locator("h1")).hasText("Vítejte v Inclusio");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Úvod");
        assertThat(Files.exists(Browser.screenshot(page, "home-cs"))).isTrue();
    }

    /** Issue 4: a person in two organisations signs in, switches, sees only the current one, and signs out. */
    @Test
    void aPersonInTwoOrganisationsSwitchesBetweenThemAndSignsOut() {
        Page page = browser.newPage();
        page.navigate(application.url("/profile"));
        assertThat(page.locator("input[name=username]")).isVisible();
        Browser.screenshot(page, "switch-1-sign-in");
        Browser.signIn(page, "both-caseworker");

        page.navigate(application.url("/profile"));
        var organisation = page.locator(".profile-organisation");
        var others = page.locator(".profile-other-organisations");
        assertThat(organisation).containsText("Demo");
        String first = organisation.textContent().contains("Demo Aid") ? "Demo Aid" : "Demo City";
        String second = first.equals("Demo Aid") ? "Demo City" : "Demo Aid";
        assertThat(others).containsText(second);
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Members"))).hasCount(0);
        Browser.screenshot(page, "switch-2-" + first.replace(' ', '-'));

        page.locator("vaadin-select.organisation-switcher").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(second)).click();
        page.waitForURL(application.url("/"));
        page.navigate(application.url("/profile"));
        assertThat(page.locator(".profile-organisation")).containsText(second);
        assertThat(page.locator(".profile-other-organisations")).containsText(first);
        assertThat(page.locator(".profile-organisation")).not().containsText(first);
        Browser.screenshot(page, "switch-3-" + second.replace(' ', '-'));

        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        page.waitForURL("**/login**");
        page.navigate(application.url("/profile"));
        assertThat(page.locator("input[name=username]")).isVisible();
        Browser.screenshot(page, "switch-4-signed-out");
    }

    @Test
    void anOrganisationAdministratorSeesOnlyTheirOwnMembers() {
        Page page = browser.newPage();
        page.navigate(application.url("/members"));
        Browser.signIn(page, "aid-admin");
        page.navigate(application.url("/members"));
        var grid = page.locator("vaadin-grid");
        assertThat(grid).containsText("aid-caseworker");
        assertThat(grid).not().containsText("city-caseworker");
        Browser.screenshot(page, "members-demo-aid");

        page.navigate(application.url("/audit-log"));
        assertThat(page.locator("vaadin-grid")).containsText("Signed in");
        assertThat(page.locator("vaadin-grid")).containsText("aid-admin");
        Browser.screenshot(page, "audit-log-demo-aid");
    }
}
