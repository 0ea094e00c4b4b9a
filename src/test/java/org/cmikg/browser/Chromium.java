package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver (installed by {@code .ci/run}) for the browser tests: one browser for
 * the whole run ({@link BrowserSession}), which {@link #open} hands to each test as if new, saving downloads into
 * {@code downloads} and its profile under {@code dir}. Where they are missing the tests are skipped, except in CI,
 * where that fails.
 */
record Chromium(ChromeDriver browser, Path dir, Path downloads, String site) implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** Skips the calling test class where Chromium is not installed (fails instead in CI). */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) assertTrue(installed, "CI must install chromium and chromium-driver (.ci/run)");
        assumeTrue(installed, "no Chromium here: browser tests skipped");
    }

    /** A headless browser with its own profile in a new temporary folder, for the pages of {@code site} (its origin). */
    static Chromium start(String site) throws IOException {
        Path dir = Files.createTempDirectory("cmi-kg-chromium");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1400", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Chromium(new ChromeDriver(service, options), dir, downloads, site);
    }

    /**
     * The browser as a test needs it, whatever the test before did: one window on a blank page, no cookies, storage
     * (the editor keeps its tabs in local storage) or cache of the site, no emulated device, {@code width} by
     * {@code height}, and an empty downloads folder.
     */
    WebDriver open(int width, int height) throws IOException {
        String first = browser.getWindowHandles().iterator().next();
        for (String window : browser.getWindowHandles()) {
            if (!window.equals(first)) browser.switchTo().window(window).close();
        }
        browser.switchTo().window(first);
        browser.get("about:blank");
        browser.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", site, "storageTypes", "all"));
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(new Dimension(width, height));
        PathUtils.cleanDirectory(downloads);
        return browser;
    }

    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    static Path screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** The first non-empty file with {@code extension} that appears in {@code dir} within ten seconds. */
    static Path waitForDownload(Path dir, String extension) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(dir)) {
                var done = files.filter(f -> f.toString().endsWith(extension)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) return done.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + extension + " file was downloaded into " + dir);
    }
}
