package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The entity pages as a historian reads them, in a real headless Chromium against the real server over the bundled
 * records: a fact and its source, and the pages on a phone. Screenshots go to {@code target/screenshots/}.
 */
class PagesBrowserTest extends AbstractBrowserTest {
    PagesBrowserTest() { super(1280, 1400); }

    @Test
    void aFactNamesItsSourceAndTheSourcePageGivesItsWholeAddress() throws Exception {
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

    @Test
    void aboutShowsFiguresThatTheEndpointConfirmsAndTheLandingPageLeadsThere() throws Exception {
        browser.get(base + "/");
        assertTrue(browser.findElement(By.cssSelector("ul.stories")).getText().contains("Henry Reeve"));
        String hosts = browser.findElement(By.cssSelector("a.host-countries")).getText();
        browser.findElement(By.linkText("scope and method")).click();
        wait.until(ExpectedConditions.urlContains("/about"));
        String shown = browser.findElement(By.cssSelector("[data-figure='host-countries']")).getText();
        assertEquals(hosts, shown, "the landing page and /about count the same host countries");
        assertEquals(Long.toString(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d cmi:hostCountry ?c }")), shown);
        assertEquals(Long.toString(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cmi:Claim }")),
                browser.findElement(By.cssSelector("[data-figure='claims']")).getText());
        WebElement side = browser.findElement(By.cssSelector("table.claims-by-side"));
        assertTrue(side.getText().contains("critical") && side.getText().contains("supportive"), side.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", side);
        Chromium.screenshot(browser, "about-claims-by-side");
    }

    @Test
    void aSpanishPageSpeaksSpanish() throws Exception {
        browser.get(base + "/id/deployment/west-africa-2014-ebola-henry-reeve?lang=es");
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("ébola"), "the Spanish label");
        String main = browser.findElement(By.tagName("main")).getText();
        for (String heading : new String[] {"Datos", "Fuentes", "Cómo citar", "Sus despliegues por país"}) {
            assertTrue(main.contains(heading), heading + " in " + main);
        }
        assertTrue(browser.findElement(By.cssSelector("footer.site")).getText().contains("licencia"), "the licence, in Spanish");
        for (WebElement english : browser.findElements(By.cssSelector("table.facts [lang]"))) {
            assertEquals("en", english.getAttribute("lang"), "text in the other language is marked: " + english.getText());
        }
        assertTrue(browser.findElements(By.cssSelector("table.facts [lang='en']")).size() > 0, "its English purpose is marked as English");
        for (WebElement a : browser.findElements(By.cssSelector("main a[href^='/id/']:not([hreflang])"))) {
            String href = a.getAttribute("href");
            if (href.matches(".*/id/[^?#]*\\.[a-z.]+([?#].*)?")) continue; // a file (Turtle, BibTeX), not a page
            assertTrue(href.contains("lang=es"), "Spanish kept on " + href);
        }
        Chromium.screenshot(browser, "entity-spanish");
    }

    private static long count(String select) throws Exception {
        String q = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>\n" + select;
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/sparql?query="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(r.body().split("\\R")[1].strip());
    }

    private static org.jbibtex.BibTeXEntry onlyEntry(String bibtex) throws Exception {
        var db = new org.jbibtex.BibTeXParser().parse(new java.io.StringReader(bibtex));
        assertEquals(1, db.getEntries().size(), bibtex);
        return db.getEntries().values().iterator().next();
    }

    /**
     * Issue 9 point 8: incoming links read in their own words ("deployments received", not the property's name
     * "host country"), each with its date; a long group (the Henry Reeve contingent's deployments) is capped and
     * "show all" lists every one of them.
     */
    @Test
    void incomingLinksReadInTheirOwnWordsWithDatesAndShowAllListsTheRest() throws Exception {
        browser.get(base + "/id/country/haiti");
        WebElement received = wait.until(ExpectedConditions.presenceOfElementLocated(incomingGroup("deployments received")));
        assertTrue(!browser.findElement(By.cssSelector("table.incoming")).getAttribute("textContent").contains("host country"),
                "not the property's own name");
        assertTrue(!received.findElements(By.cssSelector("td > a[href^='/id/deployment/']")).isEmpty()
                && !received.findElements(By.cssSelector("td > span.muted")).isEmpty(), "links with their dates");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", received);
        Chromium.screenshot(browser, "entity-incoming");

        browser.get(base + "/id/organization/henry-reeve-contingent");
        WebElement capped = wait.until(ExpectedConditions.presenceOfElementLocated(incomingGroup("deployments of this contingent")));
        int total = Integer.parseInt(capped.findElement(By.tagName("th")).getAttribute("textContent").replaceAll("(?s).*\\((\\d+)\\).*", "$1"));
        int shown = capped.findElements(By.cssSelector("td > a[href^='/id/deployment/']")).size();
        assertTrue(shown < total, "capped: " + shown + " of " + total);
        capped.findElement(By.cssSelector("a.more")).click();
        wait.until(ExpectedConditions.urlContains("all=incoming"));
        WebElement all = wait.until(ExpectedConditions.presenceOfElementLocated(incomingGroup("deployments of this contingent")));
        assertEquals(total, all.findElements(By.cssSelector("td > a[href^='/id/deployment/']")).size(), "show all lists every one");
    }

    private static By incomingGroup(String heading) {
        return By.xpath("//table[@class='incoming']//tr[th[contains(., '" + heading + "')]]");
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
