package org.inclusio.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium from the operating system (Debian's {@code chromium} package), driven by Playwright. The checks
 * here assert what a person sees: an element on the screen with a size, not just present in the DOM.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("inclusio.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("inclusio.screenshots", "target/screenshots"));

    /** The screens views are checked on; forms used in the field also on a tablet held upright. */
    enum Viewport {
        DESKTOP(1280, 800), TABLET(820, 1180), PHONE(390, 844);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The end-to-end tests need Chromium at " + CHROMIUM + ". Install it with "
                    + "'sudo apt-get install -y chromium' (Debian/Ubuntu), or point -Dinclusio.chromium at a Chromium "
                    + "or Chrome binary.");
        }
        // how long a check waits for the page to show something; a shared, busy machine can take many seconds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    Page newPage() {
        return newPage(Viewport.DESKTOP);
    }

    /** A page in a new browser context: its own cookies, so its own session. */
    Page newPage(Viewport viewport) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(viewport.width, viewport.height));
        return context.newPage();
    }

    /** A page in a new browser context that starts with the cookies of {@code storageState} (a signed-in session). */
    Page newPage(Viewport viewport, String storageState) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(viewport.width, viewport.height)
                .setStorageState(storageState));
        return context.newPage();
    }

    /**
     * A page as a person on a public feedback page sees it: a narrow phone, the browser in their language and, for
     * the cheapest phones, JavaScript switched off.
     */
    Page newPublicPage(int width, int height, String locale, boolean javaScript) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(locale)
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(width, height));
        return context.newPage();
    }

    /**
     * Fills in the embedded issuer's sign-in page, where any page of the staff UI redirects to first, and waits for
     * the staff UI. Relies only on the form's field names and its submit button.
     */
    static void signIn(Page page, String username) {
        page.locator("input[name=username]").waitFor();
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.locator("button[type=submit]").click();
        page.waitForSelector("vaadin-app-layout");
    }

    /**
     * The element is on screen with a width and a height, and shows each text in a visible place of its own: a grid
     * row's cell (Vaadin renders them as {@code vaadin-grid-cell-content} in the light DOM), or any element inside it.
     */
    static void assertSeen(Locator locator, String... texts) {
        for (String text : texts) {
            assertThat(locator).containsText(text); // waits until the view has rendered
        }
        assertThat(locator).isVisible();
        assertHasSize(locator, locator.toString());
        for (String text : texts) {
            Locator shown = locator.evaluate("element => element.localName").equals("vaadin-grid")
                    ? locator.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(text))
                    : locator.getByText(text);
            assertThat(shown.first()).isVisible();
            assertHasSize(shown.first(), "'" + text + "' in " + locator);
        }
    }

    private static void assertHasSize(Locator locator, String what) {
        BoundingBox box = locator.boundingBox();
        assertThat(box).as("bounding box of %s", what).isNotNull();
        assertThat(box.width).as("width of %s", what).isGreaterThan(0);
        assertThat(box.height).as("height of %s", what).isGreaterThan(0);
    }

    /** A full-page screenshot, {@code target/screenshots/<name>-<viewport>.png}. */
    static Path screenshot(Page page, String name, Viewport viewport) {
        return screenshot(page, name + "-" + viewport.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Where screenshots (and files a test keeps for people to look at) go. */
    static Path screenshotsDirectory() {
        return SCREENSHOTS;
    }

    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
