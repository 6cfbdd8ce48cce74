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
}
