package org.inclusio.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.inclusio.ApiTokens;
import org.inclusio.e2e.Browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.e2e.Browser.assertSeen;
import static org.inclusio.e2e.Browser.screenshot;

/**
 * Needs assessments end to end in the packaged application, on a tablet held upright: {@code city-caseworker} assesses
 * a person from the case file's "Needs" tab, reassesses them later with other levels and reads the comparison and the
 * course of the needs; a manager opens the needs overview and the participatory assessment of the pilot. Every step
 * asserts what a person sees and is saved as a screenshot in {@code target/screenshots/}.
 */
class AssessmentIT {

    static PackagedApplication application;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        application = PackagedApplication.shared();
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCaseworkerAssessesAPersonReassessesThemAndSeesTheComparison() throws Exception {
        String name = "Amina " + UUID.randomUUID().toString().substring(0, 6);
        String caseFile = newCaseFile(name);

        Page page = browser.newPage(Viewport.TABLET);
        page.navigate(application.url("/case-files/" + caseFile + "?tab=needs"));
        Browser.signIn(page, "city-caseworker");
        page.navigate(application.url("/case-files/" + caseFile + "?tab=needs"));
        assertSeen(page.locator("#case-file-needs"), "No needs assessment yet.");
        screenshot(page, "needs-tab-empty", Viewport.TABLET);

        page.locator("#assess-needs").click();
        assertSeen(page.locator("h2"), "Assess needs");
        choose(page, "need-level-EMPLOYMENT", "High");
        page.locator("#need-description-EMPLOYMENT input").fill("Looking for work as a welder");
        choose(page, "need-level-HOUSING", "Medium");
        choose(page, "need-status-HOUSING", "Being addressed");
        choose(page, "need-level-LANGUAGE_LEARNING", "Urgent");
        page.locator("#assessment-barriers vaadin-checkbox", new Page.LocatorOptions().setHasText("Language"))
                .first().click();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(820);
        screenshot(page, "needs-assessment-form", Viewport.TABLET);
        page.locator("#save-assessment").click();
        assertSeen(page.locator("#assessment-heading"), "Needs assessment of");
        assertSeen(page.locator("#needs-comparison"), "Employment", "High (Unaddressed)", "Housing");
        screenshot(page, "needs-assessment-first", Viewport.TABLET);

        page.locator("#back-to-case-file").click();
        assertSeen(page.locator("#reassessment-due"), "Next reassessment due");
        page.locator("#assess-needs").click();
        assertSeen(page.locator("h2"), "Reassess needs");
        assertThat(page.locator("#need-level-EMPLOYMENT vaadin-select-value-button")).hasText("High");
        choose(page, "need-level-EMPLOYMENT", "Low");
        choose(page, "need-level-HOUSING", "Urgent");
        choose(page, "need-status-HOUSING", "Unaddressed");
        choose(page, "need-level-LANGUAGE_LEARNING", "Medium");
        screenshot(page, "needs-reassessment-form", Viewport.TABLET);
        page.locator("#save-assessment").click();

        assertSeen(page.locator("#assessment-heading"), "Reassessment of");
        Locator comparison = page.locator("#needs-comparison");
        assertSeen(comparison, "Before", "Now", "Improved", "Worse", "High (Unaddressed)", "Low (Unaddressed)");
        assertThat(comparison.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                .setHasText(Pattern.compile("^\\s*Improved\\s*$")))).hasCount(2);
        Locator chart = page.locator(".needs-chart svg");
        assertThat(chart).isVisible();
        assertThat(chart.boundingBox().width).isGreaterThan(200);
        assertThat(chart.locator("circle")).hasCount(6);
        screenshot(page, "needs-reassessment-comparison", Viewport.TABLET);

        page.locator("#back-to-case-file").click();
        assertThat(page.locator(".needs-assessment-link")).hasCount(2);
        assertSeen(page.locator("#case-file-needs"), "Reassess");
        screenshot(page, "needs-tab", Viewport.TABLET);

        page.navigate(application.url("/needs-assessments/due"));
        assertSeen(page.locator("#reassessments-due"), "days");
        screenshot(page, "reassessments-due", Viewport.DESKTOP);
    }

    @Test
    void aManagerReadsTheNeedsOverviewAndThePilotsParticipatoryAssessment() {
        Page page = browser.newPage(Viewport.DESKTOP);
        page.navigate(application.url("/needs-overview"));
        Browser.signIn(page, "city-manager");
        page.navigate(application.url("/needs-overview"));
        assertSeen(page.locator("#needs-overview-caseload"), "Open case files:");
        assertSeen(page.locator("#needs-overview-levels"), "Employment", "Safety", "fewer than 5");
        assertSeen(page.locator("#needs-overview-barriers"), "Language");
        screenshot(page, "needs-overview", Viewport.DESKTOP);

        page.navigate(application.url("/participatory-assessments"));
        Locator list = page.locator("#participatory-assessments");
        assertSeen(list, "Stakeholder needs assessment, Prague 2 and 3");
        screenshot(page, "participatory-assessments", Viewport.DESKTOP);
        list.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                .setHasText("Stakeholder needs assessment")).first().click();
        assertSeen(page.locator("#participatory-findings"), "Acted on", "No action yet.");
        assertSeen(page.locator("#participatory-participants"), "Participants in all: 68");
        screenshot(page, "participatory-assessment", Viewport.DESKTOP);

        page.navigate(application.url("/participatory-assessments/new"));
        assertSeen(page.locator("h2"), "New participatory assessment");
        screenshot(page, "participatory-assessment-form", Viewport.DESKTOP);
    }

    /** Opens a Vaadin select and picks the item with that text among its own items. */
    private static void choose(Page page, String id, String item) {
        page.locator("#" + id).click();
        page.locator("#" + id + "[opened] vaadin-select-item", new Page.LocatorOptions().setHasText(
                Pattern.compile("^\\s*" + item + "\\s*$"))).first().click();
        assertThat(page.locator("#" + id + ":not([opened]) vaadin-select-value-button")).hasText(item);
    }

    /** The person, as a caseworker would have opened the file: through the API, with consent to case work. */
    private static String newCaseFile(String name) throws Exception {
        String token = new ApiTokens(application.port()).user("city-caseworker");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(application.url("/api/v1/beneficiaries")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"details":{"displayName":"%s","gender":"FEMALE","ageBand":"AGE_25_34",
                         "preferredLanguage":"ar"},"consentsGiven":["CASE_WORK"]}""".formatted(name)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(response.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
