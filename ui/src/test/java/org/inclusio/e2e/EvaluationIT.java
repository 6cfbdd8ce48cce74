package org.inclusio.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.inclusio.e2e.Browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.e2e.Browser.assertSeen;
import static org.inclusio.e2e.Browser.screenshot;

/**
 * Practices and evaluations end to end in the packaged application: {@code city-manager} reads the demo pilot's
 * results framework, finishes the pilot's draft evaluation against the SPRING criteria (the last criterion is still
 * to be rated) with a file attached, follows a figure to its records, makes it final and downloads the report, whose
 * first page is rendered to PNG next to the screenshots in {@code target/screenshots/}; {@code city-admin} adapts the
 * SPRING criteria into an own framework.
 */
class EvaluationIT {

    static final String PILOT = "Intercultural workers in local public services";

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
    void aManagerFinishesThePilotsEvaluationMakesItFinalAndDownloadsTheReport() throws Exception {
        Page page = browser.newPage(Viewport.DESKTOP);
        page.navigate(application.url("/practices"));
        Browser.signIn(page, "city-manager");
        page.navigate(application.url("/practices"));
        assertSeen(page.locator("#practices"), PILOT, "Running");
        page.locator("#practices vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(PILOT)).first()
                .click();
        assertSeen(page.locator("#practice-heading"), PILOT);
        assertSeen(page.locator("#indicators"), "Migrant clients served", "Leaflets distributed", "Clerks trained");
        assertSeen(page.locator("#practice-partners"), "District office");
        screenshot(page, "practice-pilot", Viewport.DESKTOP);

        page.navigate(application.url("/evaluations"));
        assertSeen(page.locator("#evaluations"), PILOT, "Final", "Draft");
        screenshot(page, "evaluations", Viewport.DESKTOP);
        page.locator("#evaluations vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(
                Pattern.compile("^Draft$"))).first().click();
        assertSeen(page.locator("#evaluation-heading"), "Evaluation of " + PILOT);
        assertSeen(page.locator("#scorecard"), "Inclusivity & Participation", "Partnership & Collaboration",
                "Previous evaluation");
        assertSeen(page.locator("#item-PC1\\.1"), "Ensure the involvement and participation of key stakeholders");
        assertSeen(page.locator("#improvement-actions"), "Print the feedback QR code on every leaflet and map kit",
                "Overdue since", "carried over from an earlier evaluation");
        screenshot(page, "evaluation-draft", Viewport.DESKTOP);
        String draft = page.url();

        page.locator("#item-IP1\\.1 a").first().click();
        page.waitForURL(Pattern.compile(".*/consultations\\?practice=.*"));
        assertThat(page.locator("#consultations-practice input")).hasValue(PILOT);
        screenshot(page, "evaluation-drill-down", Viewport.DESKTOP);
        page.navigate(draft);

        Path notes = Files.createTempFile("round-table-notes", ".txt");
        Files.writeString(notes, "Round table notes: 14 services, three agreements.");
        page.locator("#upload-PC1 input[type=file]").setInputFiles(notes);
        assertSeen(page.locator("#files-PC1"), notes.getFileName().toString());

        for (String item : new String[] {"PC1.1", "PC1.2", "PC2.1", "PC2.2"}) {
            choose(page, "rating-" + item.replace(".", "\\."), "Met");
        }
        page.locator("#narrative-PC1 textarea").fill("Round tables with the district's services every quarter.");
        page.locator("#save-evaluation").click();
        assertSeen(page.locator("#scorecard"), "Partnership & Collaboration", "100 %");
        page.locator("#submit-evaluation").click();
        assertSeen(page.locator("#evaluation-status"), "In review");
        page.locator("#finalise-evaluation").click();
        assertSeen(page.locator("#evaluation-status"), "Final");
        assertThat(page.locator("#save-evaluation")).hasCount(0);
        screenshot(page, "evaluation-final", Viewport.DESKTOP);

        Download download = page.waitForDownload(() -> page.locator("#download-report vaadin-button").click());
        Path pdf = Browser.screenshotsDirectory().resolve("evaluation-report.pdf");
        download.saveAs(pdf);
        var reader = new PdfReader(Files.readAllBytes(pdf));
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ")).contains("Evaluation of " + PILOT,
                "SPRING Good Practice Criteria", "Final");
        reader.close();
        Path firstPage = render(pdf);
        assertThat(Files.size(firstPage)).as("the report's first page as PNG").isPositive();
    }

    @Test
    void anAdminAdaptsTheSpringCriteriaIntoTheOrganisationsOwnFramework() {
        Page page = browser.newPage(Viewport.DESKTOP);
        page.navigate(application.url("/frameworks"));
        Browser.signIn(page, "city-admin");
        page.navigate(application.url("/frameworks"));
        assertSeen(page.locator("#frameworks"), "SPRING Good Practice Criteria", "Demo City service standard");
        screenshot(page, "frameworks", Viewport.DESKTOP);
        page.locator("#frameworks vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(
                Pattern.compile("^SPRING Good Practice Criteria$"))).first().click();
        assertSeen(page.locator("#framework-item-IP3\\.2"), "Provide appropriate feedback mechanisms",
                "A rating is suggested");
        page.locator("#adapt-framework").click();
        assertSeen(page.locator("#framework-editor-heading"), "Copy and adapt");
        String name = "Our criteria " + System.nanoTime();
        page.locator("#framework-name input").fill(name);
        page.locator("#keep-IP1\\.4").click();
        screenshot(page, "framework-editor", Viewport.DESKTOP);
        page.locator("#save-framework").click();
        assertSeen(page.locator("#framework-heading"), name);
        assertThat(page.locator("#framework-item-IP1\\.4")).hasCount(0);
        assertSeen(page.locator("#framework-item-IP1\\.3"), "Ensure that equality and diversity");
    }

    /** The PDF's first page as PNG with poppler's {@code pdftoppm}, next to the screenshots. */
    private static Path render(Path pdf) throws Exception {
        String prefix = pdf.toString().replaceAll("\\.pdf$", "-page");
        var process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                pdf.toString(), prefix).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
        return Path.of(prefix + ".png");
    }

    private static void choose(Page page, String id, String item) {
        page.locator("#" + id).click();
        page.locator("#" + id + "[opened] vaadin-select-item", new Page.LocatorOptions().setHasText(
                Pattern.compile("^\\s*" + item + "\\s*$"))).first().click();
        assertThat(page.locator("#" + id + ":not([opened]) vaadin-select-value-button")).hasText(item);
    }
}
