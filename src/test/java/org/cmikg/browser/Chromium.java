package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver (installed by {@code .ci/run}) for the browser tests.
 * Where they are missing the tests are skipped, except in CI, where that fails.
 */
final class Chromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Chromium() {}

    /** Skips the calling test class where Chromium is not installed (fails instead in CI). */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) assertTrue(installed, "CI must install chromium and chromium-driver (.ci/run)");
        assumeTrue(installed, "no Chromium here: browser tests skipped");
    }

    /** A fresh headless browser with its own profile under {@code tmp}, saving downloads into {@code downloads}. */
    static WebDriver start(Path tmp, Path downloads, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--user-data-dir=" + tmp.resolve("chromium-" + System.nanoTime()));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
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
