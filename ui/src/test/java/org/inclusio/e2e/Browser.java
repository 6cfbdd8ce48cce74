package org.inclusio.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Headless Chromium from the operating system (Debian's {@code chromium} package), driven by Playwright. */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("inclusio.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("inclusio.screenshots", "target/screenshots"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The end-to-end tests need Chromium at " + CHROMIUM + ". Install it with "
                    + "'sudo apt-get install -y chromium' (Debian/Ubuntu), or point -Dinclusio.chromium at a Chromium "
                    + "or Chrome binary.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    Page newPage() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(1280, 800)).newPage();
    }

    /** Fills in the embedded issuer's sign-in page, where any page of the staff UI redirects to first. */
    static void signIn(Page page, String username) {
        page.waitForURL("**/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.locator("button[type=submit]").click();
        page.waitForSelector("vaadin-app-layout");
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
