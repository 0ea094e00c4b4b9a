package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The entity pages as a historian reads them, in a real headless Chromium against the real server over the bundled
 * records: a fact and its source, and the pages on a phone. Screenshots go to {@code target/screenshots/}.
 */
class PagesBrowserTest {
    @TempDir static Path tmp;
    static RunningServer server;
    static String base;
    WebDriver browser;

    @BeforeAll
    static void start() {
        Chromium.assumeInstalled();
        server = RunningServer.start(tmp, TestData.DATA, b -> b);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @AfterEach
    void close() {
        if (browser != null) browser.quit();
    }

    private WebDriverWait open(int width, int height) throws IOException {
        browser = Chromium.start(tmp, Files.createDirectories(tmp.resolve("downloads-" + System.nanoTime())), width, height);
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void aFactNamesItsSourceAndTheSourcePageGivesItsWholeAddress() throws Exception {
        WebDriverWait wait = open(1280, 1400);
        browser.get(base + "/id/deployment/liberia-2014-ebola-henry-reeve");
        WebElement row = browser.findElement(By.xpath("//table[@class='facts']//tr[th[normalize-space()='host country']]"));
        assertTrue(row.getText().contains("Liberia"), row.getText());
        WebElement cite = row.findElement(By.cssSelector("td.fact-sources a.cite"));
        assertTrue(cite.getText().matches(".+ \\((19|20)\\d\\d\\)"), "a short citation, Publisher (year): " + cite.getText());
        String title = cite.getAttribute("title");
        Chromium.screenshot(browser, "entity-fact-sources");
        cite.click();
        wait.until(ExpectedConditions.urlContains("/id/source/"));
        assertEquals(title, browser.findElement(By.tagName("h1")).getText(), "the citation leads to its source");
        WebElement address = browser.findElement(By.xpath("//table[@class='facts']//tr[th[normalize-space()='url']]//a"));
        assertEquals(address.getAttribute("href"), address.getText(), "the whole address is shown, not its last part");
        assertTrue(address.getText().startsWith("http"), address.getText());
    }

    @Test
    void citeThisIsBibTeXThatAParserReadsAndTheDownloadIsTheSame() throws Exception {
        Path downloads = Files.createDirectories(tmp.resolve("cite-downloads-" + System.nanoTime()));
        browser = Chromium.start(tmp, downloads, 1280, 1400);
        browser.get(base + "/id/organization/henry-reeve-contingent");
        WebElement cite = browser.findElement(By.id("cite"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", cite);
        String sentence = browser.findElement(By.cssSelector("p.citation")).getText();
        assertTrue(sentence.contains("https://w3id.org/cmi-kg/id/organization/henry-reeve-contingent"), sentence);
        browser.findElement(By.cssSelector(".cite-this summary")).click();
        String shown = browser.findElement(By.cssSelector("pre.bibtex")).getText();
        Chromium.screenshot(browser, "entity-cite-this");
        org.jbibtex.BibTeXEntry entry = onlyEntry(shown);
        assertEquals("https://w3id.org/cmi-kg/id/organization/henry-reeve-contingent", entry.getField(org.jbibtex.BibTeXEntry.KEY_URL).toUserString());
        assertTrue(entry.getField(org.jbibtex.BibTeXEntry.KEY_TITLE).toUserString().contains("Henry Reeve"));
        browser.findElement(By.linkText("BibTeX")).click();
        Path file = Chromium.waitForDownload(downloads, ".bib");
        assertEquals(entry.getKey(), onlyEntry(Files.readString(file)).getKey(), "the download is the entry shown");
    }

    private static org.jbibtex.BibTeXEntry onlyEntry(String bibtex) throws Exception {
        var db = new org.jbibtex.BibTeXParser().parse(new java.io.StringReader(bibtex));
        assertEquals(1, db.getEntries().size(), bibtex);
        return db.getEntries().values().iterator().next();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/id/organization/henry-reeve-contingent", "/id/deployment/west-africa-2014-ebola-henry-reeve",
            "/id/country/cuba", "/id/source/src-socusap-2022-chile-1960"})
    void onAPhoneNoPageScrollsSideways(String path) throws Exception {
        open(600, 844);
        // Headless Chromium will not make a window narrower than about 500 px: emulate the phone's screen instead.
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        browser.get(base + path);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long client = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        assertTrue(client <= 390 && client > 300, "a phone-wide window: " + client);
        assertTrue(scroll <= client, path + " is " + scroll + " px wide on a " + client + " px screen");
        if (path.contains("henry-reeve")) Chromium.screenshot(browser, "phone-henry-reeve");
    }
}
