package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.sun.net.httpserver.HttpServer;

/**
 * A scholar's clicks, in a real headless Chromium (Debian's chromium and chromium-driver, which
 * {@code .ci/run} installs) against the real server over the bundled records. Screenshots go to
 * {@code target/screenshots/}. Skipped where no Chromium is installed, except in CI, where that fails.
 */
@ExtendWith(AbstractBrowserTest.ScreenshotEachTest.class)
class BrowserTest extends AbstractBrowserTest {
    BrowserTest() { super(1280, 1400); }

    @Test
    void theLandingPageLeadsToSearchAndSearchFindsMedicos() {
        browser.get(base + "/");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Cuban Medical Internationalism"));
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("medicos");
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li")));
        String results = browser.findElement(By.cssSelector("ol.results")).getText();
        assertTrue(results.contains("Médicos"), results);
    }

    @Test
    void anExampleQueryRunsInTheEditorAndShowsItsRows() {
        browser.get(base + "/query");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("henry-reeve-founding"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .yasr"), "Fidel Castro"));
        List<WebElement> rows = browser.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr"));
        assertTrue(rows.size() >= 1, "result rows: " + rows.size());
    }

    @Test
    void theHenryReevePageShowsWhereItWentAndOnWhatSources() {
        browser.get(base + "/search?q=henry+reeve");
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Henry Reeve International Contingent"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.sources li")));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Sources"), page);
        assertTrue(page.contains("Linked from"), page);
        // Incoming links are listed oldest first, the first twelve of a kind; the contingent's first brigade (2005) is always among them.
        assertTrue(page.contains("Henry Reeve brigade in Pakistan"), "its deployments are listed");

        // The query behind the page opens in the editor, runs, and its results can be downloaded.
        browser.findElement(By.linkText("Show the SPARQL")).click();
        wait.until(ExpectedConditions.urlContains("/query?query="));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .yasr"), "henry-reeve-contingent"));
        assertTrue(browser.findElement(By.cssSelector(".tabPanel.active .CodeMirror")).getText().contains("henry-reeve-contingent"));
        assertTrue(browser.findElements(By.cssSelector(".tabPanel.active .yasr_downloadIcon")).size() == 1, "a download button");

        // An entity IRI in the results leads back to its local page.
        WebElement minsap = browser.findElement(By.cssSelector(".tabPanel.active .yasr a[href='https://w3id.org/cmi-kg/id/organization/minsap']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", minsap);
        wait.until(ExpectedConditions.urlContains("/id/organization/minsap"));
    }

    @Test
    void aQueryCanBeChangedRunAndItsResultsDownloadedAsCsvAndJson() throws Exception {
        browser.get(base + "/query");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("deployments-2005-2015"))).click();
        String changed = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>\n"
                + "SELECT ?country (COUNT(?d) AS ?deployments) WHERE { ?d cmi:hostCountry ?country } "
                + "GROUP BY ?country ORDER BY DESC(?deployments) LIMIT 5";
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.setValue(arguments[0]);", changed);
        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .yasr"), "deployments"));
        assertEquals(5, browser.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr")).size());

        browser.findElement(By.cssSelector(".tabPanel.active .select_chart")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tabPanel.active svg.cmi-chart")));
        assertEquals(5, browser.findElements(By.cssSelector(".tabPanel.active svg.cmi-chart rect")).size(), "a bar per row");
        browser.findElement(By.cssSelector(".tabPanel.active .select_table")).click();

        browser.findElement(By.cssSelector(".tabPanel.active .yasr_downloadIcon")).click();
        Path csv = Chromium.waitForDownload(downloads, ".csv");
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).contains("country") && lines.get(0).contains("deployments"), lines.toString());
        assertEquals(6, lines.stream().filter(l -> !l.isBlank()).count(), "a header and five rows: " + lines);

        browser.findElement(By.cssSelector(".tabPanel.active .select_response")).click();
        browser.findElement(By.cssSelector(".tabPanel.active .yasr_downloadIcon")).click();
        Path json = Chromium.waitForDownload(downloads, ".json");
        assertTrue(Files.readString(json).contains("\"bindings\""), Files.readString(json));
    }

    /**
     * The attack of issue 10: a link that names another endpoint, and results from such an endpoint with
     * markup in a language tag. The editor neither calls the other endpoint nor runs the linked query before
     * the reader's click, and shows such a tag as text without running its script.
     */
    @Test
    void aLinkCannotSendTheQueryElsewhereNorRunItNorInjectScript() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> { calls.incrementAndGet(); exchange.sendResponseHeaders(500, -1); exchange.close(); });
        elsewhere.start();
        try {
            String query = "SELECT ?x WHERE { BIND(STRLANG(\"payload\", \"en\") AS ?x) }";
            browser.get(base + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                    + "&endpoint=" + URLEncoder.encode("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/sparql", StandardCharsets.UTF_8)
                    + "&requestMethod=GET");
            WebElement run = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton")));
            assertTrue(browser.findElement(By.cssSelector(".tabPanel.active .CodeMirror")).getText().contains("payload"), "the link fills the editor");
            Thread.sleep(1000);
            assertEquals(0, browser.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr")).size(), "nothing ran before the click");

            run.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .yasr table"), "payload"));
            assertEquals(0, calls.get(), "the query went to this server's endpoint, never to the other one");

            // What the other endpoint would have answered, drawn as the editor draws any response.
            String hostile = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\","
                    + "\"value\":\"hostile\",\"xml:lang\":\"<img src=x onerror=window.injected=1>\"}}]}}";
            ((JavascriptExecutor) browser).executeScript("window.cmiYasgui.getTab().getYasr().setResponse("
                    + "{data: arguments[0], contentType: 'application/sparql-results+json', status: 200});", hostile);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .yasr table"), "hostile"));
            Thread.sleep(500);
            String cell = browser.findElement(By.cssSelector(".tabPanel.active .yasr table tbody")).getText();
            assertTrue(cell.contains("<img src=x onerror=window.injected=1>"), "the tag shows as text: " + cell);
            assertEquals(0, browser.findElements(By.cssSelector(".tabPanel.active .yasr table img")).size(), "no element made from the tag");
            assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript("return window.injected === 1;"));

            // And should markup reach the page some other way, the Content-Security-Policy stops its inline script.
            ((JavascriptExecutor) browser).executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0]);",
                    "<img id=probe src=x onerror=window.injected=1>");
            Thread.sleep(500);
            assertEquals(1, browser.findElements(By.id("probe")).size());
            assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript("return window.injected === 1;"),
                    "the policy blocks inline handlers");
        } finally {
            elsewhere.stop(0);
        }
    }
}
