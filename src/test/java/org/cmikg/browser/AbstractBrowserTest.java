package org.cmikg.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.cmikg.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test in the run's one {@link BrowserSession}: {@link #server} and {@link #base} are the shared server over
 * the bundled records; before each test {@link #browser} is the shared Chromium reset to the class's window size,
 * with {@link #wait} to wait on it and {@link #downloads}, its emptied downloads folder.
 */
@ExtendWith(BrowserSession.class)
abstract class AbstractBrowserTest {
    static RunningServer server;
    static String base;
    private final int width;
    private final int height;
    private final Duration patience;
    private Chromium chromium;
    WebDriver browser;
    WebDriverWait wait;
    Path downloads;

    AbstractBrowserTest(int width, int height, Duration patience) {
        this.width = width;
        this.height = height;
        this.patience = patience;
    }

    AbstractBrowserTest(int width, int height) { this(width, height, Duration.ofSeconds(20)); }

    @BeforeAll
    static void connect(RunningServer shared) {
        server = shared;
        base = shared.base();
    }

    @BeforeEach
    void openBrowser(Chromium shared) throws IOException {
        chromium = shared;
        open(width, height);
    }

    /** Resets the browser again, to a window of another size. */
    void open(int width, int height) throws IOException {
        browser = chromium.open(width, height);
        downloads = chromium.downloads();
        wait = new WebDriverWait(browser, patience);
    }

    Object js(String script, Object... args) { return ((JavascriptExecutor) browser).executeScript(script, args); }

    /** Saves what the browser shows at the end of each test as {@code target/screenshots/TEST-METHOD.png}. */
    static final class ScreenshotEachTest implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) throws IOException {
            WebDriver browser = ((AbstractBrowserTest) context.getRequiredTestInstance()).browser;
            if (browser != null) Chromium.screenshot(browser, context.getRequiredTestMethod().getName());
        }
    }
}
