package org.inclusio.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.inclusio.ApiTokens;
import org.inclusio.e2e.Browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.e2e.Browser.assertSeen;
import static org.inclusio.e2e.Browser.screenshot;

/**
 * The packaged application in a real browser, on a desktop screen and on a phone. Every check asserts what a person
 * sees (visible, with a size, the expected rows), and every view is saved as a screenshot in
 * {@code target/screenshots/}.
 */
class StaffUiIT {

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

    /** Signed-in sessions by username, reused across tests: signing in is most of a short test's time. */
    private static final Map<String, String> SESSIONS = new HashMap<>();

    /**
     * A page of {@code path} signed in as {@code username}: in the person's session from an earlier test when it is
     * still valid (a test may have ended it), otherwise after signing in through the form.
     */
    private static Page signedIn(String username, String path, Viewport viewport) {
        String session = SESSIONS.get(username);
        if (session != null) {
            Page page = browser.newPage(viewport, session);
            page.navigate(application.url(path));
            page.waitForSelector("vaadin-app-layout, input[name=username], .session-ended-message");
            if (page.locator("vaadin-app-layout").count() > 0) {
                return page;
            }
            page.context().close();
        }
        Page page = signedInAfresh(username, path, viewport);
        SESSIONS.put(username, page.context().storageState());
        return page;
    }

    /** A page of {@code path} in a session of its own, for a test that changes the session (its language). */
    private static Page signedInAfresh(String username, String path, Viewport viewport) {
        Page page = browser.newPage(viewport);
        page.navigate(application.url(path));
        Browser.signIn(page, username);
        if (!path.equals("/")) {
            page.navigate(application.url(path));
        }
        return page;
    }

    /** Inclusio's own sign-in page on a phone: it fits, works by keyboard, and asks nothing of other sites. */
    @Test
    void onAPhoneTheSignInPageFitsWorksByKeyboardAndStaysOnItsOwnOrigin() {
        Page page = browser.newPage(Viewport.PHONE);
        List<String> requested = new ArrayList<>();
        page.onRequest(request -> requested.add(request.url()));

        page.navigate(application.url("/"));
        page.waitForURL("**/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(Viewport.PHONE.width);
        var username = page.getByLabel("Username");
        assertThat(username).isVisible();
        assertThat(username.boundingBox().width).as("the input uses the phone's width").isGreaterThan(250);
        screenshot(page, "sign-in", Viewport.PHONE);

        List<String> focusOrder = new ArrayList<>();
        for (int step = 0; step < 4; step++) {
            page.keyboard().press("Tab");
            focusOrder.add((String) page.evaluate("document.activeElement.id || document.activeElement.tagName"));
        }
        assertThat(focusOrder).containsExactly("A", "username", "password", "BUTTON");

        username.fill("city-focal-point");
        page.getByLabel("Password").fill("not-the-password");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("The username or password is not correct.");
        assertThat(page).hasTitle("Error: Sign in | Inclusio");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Čeština")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "cs");
        screenshot(page, "sign-in-cs", Viewport.PHONE);
        page.getByLabel("Uživatelské jméno").fill("city-focal-point");
        page.getByLabel("Heslo").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Přihlásit se")).click();
        page.waitForSelector("vaadin-app-layout");

        assertThat(requested).as("every request stays on the application's own origin")
                .allSatisfy(url -> assertThat(url).startsWith(application.url("")));
    }

    @Test
    void homePageRendersTheLayoutAndSwitchesLanguage() {
        Page page = signedInAfresh("city-caseworker", "/", Viewport.DESKTOP);

        assertSeen(page.locator("h1"), "Welcome to Inclusio");
        assertSeen(page.locator("vaadin-side-nav-item").first(), "Home");
        assertThat(page).hasTitle("Home | Inclusio");
        assertThat(Files.exists(screenshot(page, "home-en"))).isTrue();

        page.locator("vaadin-select.language-switcher").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Čeština")).click();

        assertSeen(page.locator("h1"), "Vítejte v Inclusio");
        assertSeen(page.locator("vaadin-side-nav-item").first(), "Úvod");
        assertSeen(page.locator(".home-task").first(), "Sociální pracovník");
        screenshot(page, "home-cs");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aCaseworkerSeesWhatTheyCanDoOnTheHomePage(Viewport viewport) {
        Page page = signedIn("city-caseworker", "/", viewport);

        assertSeen(page.locator("h1"), "Welcome to Inclusio");
        assertSeen(page.locator(".home-tasks"), "Caseworker", "Case files", "My follow-ups", "Profile");
        assertThat(page.locator(".home-task", new Page.LocatorOptions().setHasText("Organisation admin"))).hasCount(0);
        screenshot(page, "home-caseworker", viewport);
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anOrganisationAdministratorSeesTheirApiClientsSettingsAndAuditLog(Viewport viewport) {
        Page page = signedIn("city-admin", "/api-clients", viewport);
        assertSeen(page.locator("h2"), "API clients");
        assertSeen(page.locator("vaadin-grid"), "demo-city-integration");
        screenshot(page, "api-clients", viewport);

        page.navigate(application.url("/organisation"));
        assertSeen(page.locator("h2"), "Organisation settings");
        assertThat(page.locator("vaadin-text-field").first().locator("input")).hasValue("Demo City");
        assertSeen(page.locator("vaadin-text-field").first());
        screenshot(page, "organisation-settings", viewport);

        page.navigate(application.url("/audit-log"));
        assertSeen(page.locator("vaadin-grid"), "Signed in", "city-admin");
        assertThat(page.locator("vaadin-grid")).not().containsText("aid-admin");
        screenshot(page, "audit-log", viewport);

        page.navigate(application.url("/"));
        assertSeen(page.locator(".home-tasks"), "Organisation admin", "Members", "API clients");
        screenshot(page, "home-admin", viewport);
    }

    /** The members list was once invisible (a 0 px grid) while the DOM held every row. */
    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anOrganisationAdministratorSeesTheMembersList(Viewport viewport) {
        Page page = signedIn("aid-admin", "/members", viewport);
        assertThat(page.locator("h2")).containsText("Members");
        screenshot(page, "members-demo-aid", viewport);

        assertSeen(page.locator("vaadin-grid"), "aid-caseworker", "aid-manager");
        assertThat(page.locator("vaadin-grid")).not().containsText("city-caseworker");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void thePlatformAdministratorSeesTheOrganisations(Viewport viewport) {
        Page page = signedIn("platform-admin", "/platform/organisations", viewport);

        assertSeen(page.locator("h2"), "Organisations");
        assertSeen(page.locator("vaadin-grid"), "Demo City", "Demo Aid");
        screenshot(page, "organisations", viewport);

        page.locator("vaadin-button.suspend-organisation").first().click();
        // the first row is Demo Aid (by name). The dialog's header and text have no bounding box of their own in
        // Vaadin 25's confirm dialog (their boxes belong to the overlay), so the size is checked on its button.
        assertThat(page.getByText("Suspend Demo Aid?")).isVisible();
        assertThat(page.getByText(Pattern.compile("All \\d+ members of Demo Aid lose access at once"))).isVisible();
        var cancel = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"));
        assertSeen(cancel);
        screenshot(page, "organisations-suspend-confirmation", viewport);
        cancel.click();
        assertSeen(page.locator("vaadin-grid"), "Active");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void everyoneSeesTheirProfile(Viewport viewport) {
        Page page = signedIn("city-caseworker", "/profile", viewport);

        assertSeen(page.locator(".profile-organisation"), "Demo City");
        screenshot(page, "profile", viewport);
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aViewTheRolesDoNotAllowShowsNoAccessInsideTheLayout(Viewport viewport) {
        Page page = signedIn("city-caseworker", "/members", viewport);

        assertSeen(page.locator("h1"), "No access");
        assertSeen(page.locator(".error-page"), "ask your organisation's administrator");
        assertSeen(page.locator("vaadin-app-layout"));
        screenshot(page, "no-access", viewport);

        page.locator("vaadin-button.error-home").click();
        assertSeen(page.locator("h1"), "Welcome to Inclusio");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anUnknownAddressShowsNotFoundInsideTheLayout(Viewport viewport) {
        Page page = signedIn("city-caseworker", "/", viewport);

        Response response = page.navigate(application.url("/no-such-page"));

        assertThat(response.status()).isEqualTo(404);
        assertSeen(page.locator("h1"), "Page not found");
        assertSeen(page.locator("vaadin-button.error-home"), "Back to home");
        screenshot(page, "not-found", viewport);
    }

    /**
     * Issue 8: a caseworker opens a case file, logs an individual consultation with an interpreter and a follow-up,
     * logs a focus group with headcounts and finds the case again by search; a volunteer opens the same file and sees
     * no special-category field.
     */
    @Test
    void aCaseworkersDayFromANewCaseFileToAFocusGroupAndTheVolunteersViewOfIt() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String name = "Amira " + suffix;
        String canary = "sealed-" + suffix;
        String followUp = "Book the language course " + suffix;
        Page page = signedIn("city-caseworker", "/case-files", Viewport.DESKTOP);

        page.locator("#new-case-file").click();
        page.locator("#case-file-display-name input").fill(name);
        page.locator("#case-file-sensitive-notes textarea").fill(canary);
        page.locator("#case-file-consents vaadin-checkbox", new Page.LocatorOptions().setHasText("Case work"))
                .click();
        screenshot(page, "case-file-new", Viewport.DESKTOP);
        page.locator("#create-case-file").click();
        page.waitForURL(Pattern.compile(".*/case-files/[0-9a-f-]{36}.*"));
        String caseFilePath = URI.create(page.url()).getPath();
        assertSeen(page.locator("#case-file-name"), name);
        String caseNumber = page.locator("h2.case-number").textContent().strip();
        assertSeen(page.locator("#case-file-timeline"), "Nothing logged for this case file yet.");

        page.locator("#log-consultation").click();
        page.waitForURL("**/consultations/new?**");
        assertThat(page.locator("#consultation-type")).containsText("Individual counselling");
        assertSeen(page.locator("#case-file-picker"), caseNumber);
        page.locator("#consultation-interpreter input").check();
        page.locator("#follow-up-what input").fill(followUp);
        screenshot(page, "log-consultation-individual", Viewport.DESKTOP);
        page.locator("#save-consultation").click();
        page.waitForURL("**" + caseFilePath + "?tab=timeline");
        assertSeen(page.locator("#case-file-timeline"), "Individual counselling", "with interpreter", followUp);
        screenshot(page, "case-file-timeline", Viewport.DESKTOP);

        page.navigate(application.url("/consultations/new?type=FOCUS_GROUP"));
        assertSeen(page.locator("#headcounts"), "Female", "18–24", "Total");
        page.locator("#headcount-FEMALE-AGE_18_24 input").fill("3");
        page.locator("#headcount-FEMALE-AGE_25_34 input").fill("4");
        page.locator("#headcount-MALE-AGE_18_24 input").fill("2");
        page.keyboard().press("Tab");
        assertSeen(page.locator("#headcount-total"), "9");
        assertSeen(page.locator("#headcount-total-FEMALE"), "7");
        screenshot(page, "log-consultation-focus-group", Viewport.DESKTOP);
        page.locator("#save-consultation").click();
        page.waitForURL("**/consultations");
        assertSeen(page.locator("#consultations-grid"), "Focus group", "Individual counselling");
        screenshot(page, "consultations", Viewport.DESKTOP);

        page.navigate(application.url("/case-files"));
        page.locator("#case-file-search input").fill(name);
        assertSeen(page.locator("#case-files-grid"), caseNumber, name);
        screenshot(page, "case-files-search", Viewport.DESKTOP);

        page.navigate(application.url("/follow-ups"));
        assertSeen(page.locator("#my-follow-ups"), followUp, caseNumber);
        screenshot(page, "follow-ups", Viewport.DESKTOP);

        Page volunteer = signedIn("city-volunteer", caseFilePath + "?tab=details", Viewport.DESKTOP);
        assertThat(volunteer.locator("#case-file-display-name input")).hasValue(name);
        assertSeen(volunteer.locator("#case-file-form"));
        assertThat(volunteer.locator("#case-file-special-category")).hasCount(0);
        assertThat(volunteer.locator("#case-file-sensitive-notes")).hasCount(0);
        assertThat(volunteer.locator("body")).not().containsText("Special-category data");
        assertThat(volunteer.locator("body")).not().containsText(canary);
        screenshot(volunteer, "case-file-volunteer", Viewport.DESKTOP);
    }

    /** Every case-work list shows its rows on screen, beside nothing that could squeeze it to 0 px, on every screen. */
    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theCaseWorkViewsShowTheirRowsOnEveryScreen(Viewport viewport) {
        Page page = signedIn("city-caseworker", "/case-files", viewport);
        var caseFiles = page.locator("#case-files-grid");
        assertSeen(caseFiles, "Open");
        screenshot(page, "case-files", viewport);
        if (viewport == Viewport.DESKTOP) {
            page.setViewportSize(800, 1100);
            assertSeen(caseFiles, "Open");
            assertThat(caseFiles.boundingBox().width).as("the list on a tablet").isGreaterThan(700);
            screenshot(page, "case-files-tablet");
            page.setViewportSize(viewport.width, viewport.height);
        }

        page.locator("#case-files-grid vaadin-grid-cell-content:visible").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^\\w+-\\d{4}-\\d+$")))
                .first().click();
        page.waitForURL(Pattern.compile(".*/case-files/[0-9a-f-]{36}.*"));
        assertSeen(page.locator("#case-file-tabs"), "Timeline", "Details", "Consents", "History");
        assertSeen(page.locator("#case-file-timeline"));
        screenshot(page, "case-file", viewport);
        page.locator("#case-file-tab-history").click();
        assertSeen(page.locator("#case-file-history"), "Created");
        screenshot(page, "case-file-history", viewport);

        page.navigate(application.url("/consultations"));
        assertSeen(page.locator("#consultations-grid"));
        assertThat(page.locator("#consultations-grid vaadin-grid-cell-content").first()).isVisible();
        screenshot(page, "consultations", viewport);

        page.navigate(application.url("/consultations/new?type=FOCUS_GROUP"));
        assertSeen(page.locator("#headcounts"), "Total");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(viewport.width);
        screenshot(page, "log-consultation", viewport);
        // the layout scrolls inside its content area, which a full-page screenshot does not unroll
        page.locator("#headcounts").scrollIntoViewIfNeeded();
        screenshot(page, "log-consultation-headcounts", viewport);

        page.navigate(application.url("/follow-ups"));
        assertSeen(page.locator("#overdue-follow-ups"));
        screenshot(page, "follow-ups", viewport);
    }

    /**
     * Issue 7, hole 1: an administrator deactivates a member who is signed in; the member's next click ends it. The
     * ending is the server's, the same on every screen; the page that says so is checked on the smallest one.
     */
    @Test
    void aDeactivatedMembersNextClickEndsTheirSession() throws Exception {
        Viewport viewport = Viewport.PHONE;
        Page member = signedIn("city-volunteer", "/", viewport);
        assertSeen(member.locator("h1"), "Welcome to Inclusio");
        var admin = new MembersApi(new ApiTokens(application.port()).user("city-admin"));
        String membership = admin.membershipOf("city-volunteer");

        admin.changeStatus(membership, "DEACTIVATED");
        try {
            member.locator(".home-task-links a[href=profile]").click();

            member.waitForURL("**/session-ended");
            assertSeen(member.locator("h1"), "Your access has ended");
            assertSeen(member.locator(".session-ended-message"),
                    "Your access to Demo City has ended. Ask your organisation's administrator.");
            screenshot(member, "session-ended", viewport);

            member.locator(".session-ended-sign-in").click();
            member.locator("input[name=username]").waitFor();
        } finally {
            admin.changeStatus(membership, "ACTIVE");
        }
    }

    /** Issue 4: a person in two organisations signs in, switches, sees only the current one, and signs out. */
    @Test
    void aPersonInTwoOrganisationsSwitchesBetweenThemAndSignsOut() {
        Page page = browser.newPage();
        page.navigate(application.url("/profile"));
        assertSeen(page.locator("input[name=username]"));
        screenshot(page, "switch-1-sign-in");
        Browser.signIn(page, "both-caseworker");

        page.navigate(application.url("/profile"));
        var organisation = page.locator(".profile-organisation");
        assertSeen(organisation, "Demo");
        String first = organisation.textContent().contains("Demo Aid") ? "Demo Aid" : "Demo City";
        String second = first.equals("Demo Aid") ? "Demo City" : "Demo Aid";
        assertSeen(page.locator(".profile-other-organisations"), second);
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Members"))).hasCount(0);
        screenshot(page, "switch-2-" + first.replace(' ', '-'));

        page.locator("vaadin-select.organisation-switcher").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(second)).click();
        page.waitForURL(application.url("/"));
        page.navigate(application.url("/profile"));
        assertSeen(page.locator(".profile-organisation"), second);
        assertSeen(page.locator(".profile-other-organisations"), first);
        assertThat(page.locator(".profile-organisation")).not().containsText(first);
        screenshot(page, "switch-3-" + second.replace(' ', '-'));

        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        page.waitForURL("**/login**");
        page.navigate(application.url("/profile"));
        assertSeen(page.locator("input[name=username]"));
        screenshot(page, "switch-4-signed-out");
    }

    /** An organisation administrator's side of the members API, for changing a membership while a member works. */
    private record MembersApi(String token) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        String membershipOf(String username) throws Exception {
            JsonNode members = JSON.readTree(send(HttpRequest.newBuilder(URI.create(application.url("/api/v1/members")))
                    .GET()));
            for (JsonNode member : members) {
                if (member.get("username").asString().equals(username)) {
                    return member.get("id").asString();
                }
            }
            throw new IllegalStateException("No member " + username);
        }

        void changeStatus(String membership, String status) throws Exception {
            send(HttpRequest.newBuilder(URI.create(application.url("/api/v1/members/" + membership + "/status")))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}")));
        }

        private String send(HttpRequest.Builder request) throws Exception {
            var response = HttpClient.newHttpClient().send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }
    }
}
