package org.inclusio.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.inclusio.e2e.Browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.e2e.Browser.assertSeen;
import static org.inclusio.e2e.Browser.screenshot;

/**
 * Anonymous feedback end to end in the packaged application: a person on a 320 px phone with JavaScript off gives
 * feedback in Arabic and keeps a receipt code, a manager answers it in the staff UI, the person reads the answer; a
 * sensitive report reaches the protection focal point and not the manager. Every step asserts what a person sees and
 * is saved as a screenshot in {@code target/screenshots/}.
 */
class FeedbackIT {

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
    void aComplaintInArabicIsAnsweredAndASensitiveReportReachesOnlyTheFocalPoint() {
        String marker = UUID.randomUUID().toString().substring(0, 8);

        // The manager finds the demo channel's public address in the channels view (and its poster beside it).
        Page manager = signedIn("city-manager", "/feedback/channels");
        Locator channels = manager.locator("#channels-grid");
        assertSeen(channels, "Tell us how we did");
        channels.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Tell us how we did"))
                .first().click();
        Locator address = manager.locator("#channel-public-url input");
        assertThat(address).isVisible();
        assertThat(manager.locator("#channel-poster")).isVisible();
        String formUrl = address.inputValue();
        assertThat(formUrl).startsWith(application.url("/f/"));
        screenshot(manager, "feedback-channels");

        // A person with a cheap phone: 320 px wide, JavaScript off, Arabic.
        Page person = browser.newPublicPage(320, 640, "ar", false);
        person.navigate(formUrl + "?lang=ar");
        assertThat(person.locator("html")).hasAttribute("dir", "rtl");
        assertThat(person.locator("html")).hasAttribute("lang", "ar");
        assertThat((Integer) person.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(320);
        screenshot(person, "feedback-form-ar-320");
        person.locator("#category-complaint").check();
        String complaint = "الانتظار طويل جدا " + marker;
        person.locator("#comment").fill(complaint);
        person.locator("#submit").click();
        Locator receipt = person.locator("#receipt-code");
        String receiptCode = visibleText(receipt);
        assertThat(receiptCode).matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+");
        assertThat(person.locator("html")).hasAttribute("dir", "rtl");
        screenshot(person, "feedback-thanks-ar-320");

        // The manager finds it in the inbox and answers it with a public reply.
        manager.navigate(application.url("/feedback?category=COMPLAINT"));
        Locator inbox = manager.locator("#feedback-grid");
        assertSeen(inbox, marker);
        screenshot(manager, "feedback-inbox");
        inbox.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(marker)).first().click();
        assertSeen(manager.locator("#feedback-comment"), complaint);
        manager.locator("#triage-status").click();
        manager.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Answered")).click();
        String reply = "شكرا لك. سنفتح مكتبا ثانيا يوم الاثنين. " + marker;
        manager.locator("#triage-reply textarea").fill(reply);
        manager.locator("#triage-save").click();
        assertSeen(manager.locator("#feedback-status-badge"), "Answered");
        screenshot(manager, "feedback-detail");

        // The person, JavaScript still off, reads the answer with the receipt code.
        person.navigate(formUrl + "/status?lang=ar");
        person.locator("#code").fill(receiptCode);
        person.locator("#status-submit").click();
        assertThat(visibleText(person.locator("#public-reply"))).isEqualTo(reply);
        assertThat(person.locator("html")).hasAttribute("dir", "rtl");
        screenshot(person, "feedback-status-ar-320");

        // A sensitive report: the focal point is alerted and reads it; the manager sees only that there is one.
        person.navigate(formUrl + "?lang=ar");
        person.locator("#category-serious").check();
        String serious = "طلب مني موظف المال " + marker;
        person.locator("#comment").fill(serious);
        person.locator("#submit").click();
        visibleText(person.locator("#receipt-code"));

        Page focalPoint = signedIn("city-focal-point", "/");
        assertSeen(focalPoint.locator("#sensitive-alert"), "New sensitive reports");
        screenshot(focalPoint, "feedback-alert-focal-point");
        focalPoint.locator("#sensitive-alert").click();
        assertSeen(focalPoint.locator("#feedback-grid"), marker);
        screenshot(focalPoint, "feedback-inbox-focal-point");

        manager.navigate(application.url("/feedback?category=SERIOUS"));
        assertSeen(manager.locator("#feedback-hidden-sensitive"), "sensitive reports are visible only to the protection"
                + " focal point");
        assertThat(manager.locator("#feedback-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(marker))).hasCount(0);
        screenshot(manager, "feedback-inbox-serious-manager");

        // The other staff views render for the manager, with their content on screen.
        manager.navigate(application.url("/feedback/new"));
        assertSeen(manager.locator("h2"), "Enter feedback");
        screenshot(manager, "feedback-intake");
        manager.navigate(application.url("/feedback/you-said-we-did"));
        assertSeen(manager.locator("#yswd-grid"));
        screenshot(manager, "feedback-you-said-we-did");
        manager.navigate(application.url("/feedback/figures"));
        assertSeen(manager.locator("#figures-by-category"), "Complaint");
        screenshot(manager, "feedback-figures");
        manager.navigate(application.url("/feedback/settings"));
        assertSeen(manager.locator("#settings-codes"));
        screenshot(manager, "feedback-settings");
    }

    private static Page signedIn(String username, String path) {
        Page page = browser.newPage(Viewport.DESKTOP);
        page.navigate(application.url(path));
        Browser.signIn(page, username);
        if (!path.equals("/")) {
            page.navigate(application.url(path));
        }
        return page;
    }

    /** The element's text, once it is on screen with a size. */
    private static String visibleText(Locator locator) {
        assertThat(locator).isVisible();
        var box = locator.boundingBox();
        assertThat(box).isNotNull();
        assertThat(box.width).isGreaterThan(0);
        assertThat(box.height).isGreaterThan(0);
        return locator.innerText().strip();
    }
}
