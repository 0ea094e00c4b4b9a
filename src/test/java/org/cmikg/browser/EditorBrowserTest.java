package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The query editor tells the truth (issue 9): errors with line and column, share links that open the shared query
 * without running it, the project's prefixes, and a chart that plots the columns the reader picks. Real headless
 * Chromium against the real server over the bundled records; screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(AbstractBrowserTest.ScreenshotEachTest.class)
class EditorBrowserTest extends AbstractBrowserTest {
    EditorBrowserTest() { super(1280, 1400); }

    /** Issue 9: a failing query shows the server's message with its line and column, and the line is marked. */
    @Test
    void aFailingQueryShowsItsErrorWithLineAndColumnAndMarksTheLine() {
        open("/query");
        run("SELECT ?d WHERE {\n  ?d nowhere:hostCountry ?c\n}");
        String error = errorShown("The query has an error at line 2, column 6");
        assertTrue(error.contains("nowhere:hostCountry"), "the server's own words: " + error);
        assertEquals("cmi-error-line", js("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.lineInfo(1).bgClass;"));
        // read in one script: CodeMirror may redraw the line between two WebDriver calls, leaving stale elements
        assertEquals("nowhere:hostCountry", js("return Array.from(document.querySelectorAll('.tabPanel.active .cmi-error-token'))"
                + ".map(e => e.textContent).join('');"), "the word at the column is underlined");

        run("SELECT ?d WHERE {\n  ?d ?p\n}");
        error = errorShown("The query has an error at line 3, column 1");
        assertEquals(null, js("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.lineInfo(1).bgClass;"), "the old mark is gone");
        assertEquals("cmi-error-line", js("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.lineInfo(2).bgClass;"));
    }

    /** Issue 9 point 7: the editor speaks Spanish when chosen: its page, its error messages and the chart's column choice. */
    @Test
    void inSpanishTheEditorsOwnWordsAreSpanish() {
        open("/query?lang=es");
        assertEquals("es", js("return document.documentElement.lang;"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().equals("Editor de consultas"));
        run("SELECT ?d WHERE {\n  ?d nowhere:hostCountry ?c\n}");
        errorShown("La consulta tiene un error en la línea 2, columna 6");
    }

    /**
     * Issue 9: the share link of a tab that is not the first one opens that query, in the active tab, named as it
     * was, and runs nothing until the reader clicks; a link in YASGUI's older form (after #) works too.
     */
    @Test
    void theShareLinkOpensTheSharedQueryInTheActiveTabAndWaitsForAClick() throws Exception {
        open("/query");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("ebola-2014-by-country"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .CodeMirror"), "Ebola"));
        String query = (String) js("var cm = document.querySelector('.tabPanel.active .CodeMirror').CodeMirror;"
                + "cm.setValue(cm.getValue().replace('ORDER BY ?country', 'ORDER BY DESC(?country)')); return cm.getValue();");
        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_share")).click();
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tabPanel.active .yasqe_sharePopup input"))).getAttribute("value");
        assertTrue(link.startsWith(base + "/query?query="), link);

        browser.get(link);
        waitForEditor();
        assertEquals("ebola-2014-by-country", activeTabName());
        assertEquals(query, js("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue();"));
        Chromium.screenshot(browser, "theShareLinkOpensTheSharedQuery-beforeTheClick");
        Thread.sleep(1000);
        assertEquals(0L, sparqlRequests(), "nothing ran before the click");
        assertEquals(0, browser.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr")).size());

        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .yasr table"), "Sierra Leone"));
        List<WebElement> rows = browser.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr"));
        assertTrue(rows.get(0).getText().contains("Sierra Leone"), "the changed query ran: " + rows.get(0).getText());
        assertEquals(1L, sparqlRequests());

        browser.get(base + "/query#query=" + URLEncoder.encode("SELECT ?old WHERE { ?old ?p ?o } LIMIT 1", StandardCharsets.UTF_8)
                + "&tabTitle=older&endpoint=" + URLEncoder.encode("http://127.0.0.1:9/sparql", StandardCharsets.UTF_8));
        waitForEditor();
        assertEquals("older", activeTabName());
        assertTrue(((String) js("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue();")).contains("?old"));
        Thread.sleep(500);
        assertEquals(0L, sparqlRequests());
    }

    /**
     * Issue 9: the project's prefixes are known: typing one adds its PREFIX line (YASQE's own behaviour, fed with
     * the server's prefixes), and a query pasted without its PREFIX lines gets them when it runs.
     */
    @Test
    void theProjectsPrefixesAreAddedWhenTypedAndBeforeAQueryRuns() {
        open("/query");
        run("SELECT ?d ?country WHERE {\n  ?d cmi:hostCountry ?c .\n  ?c rdfs:label ?country\n} ORDER BY ?d LIMIT 3");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".tabPanel.active .yasr table tbody tr"), 3));
        String sent = (String) js("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue();");
        assertTrue(sent.contains("PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>"), sent);
        assertTrue(sent.contains("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"), sent);
        assertEquals(0, browser.findElements(By.cssSelector(".tabPanel.active .cmi-query-error")).size());

        // Typed: measure: is declared by the example queries, not by the server's own prefix map.
        js("var cm = document.querySelector('.tabPanel.active .CodeMirror').CodeMirror;"
                + "cm.setValue(arguments[0]); cm.focus(); cm.setCursor({line: 1, ch: 9});", "SELECT * WHERE {\n  ?s ?p ");
        browser.findElement(By.cssSelector(".tabPanel.active .CodeMirror textarea")).sendKeys("measure:personnel");
        wait.until(d -> ((String) js("return document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue();"))
                .contains("PREFIX measure: <https://w3id.org/cmi-kg/vocab/measure/>"));
    }

    /** Issue 9: the chart asks which columns to plot; for the Ebola example it plots personnel by country, not the year. */
    @Test
    void theChartPlotsTheColumnsTheReaderPicksPersonnelByCountryForEbola() {
        open("/query");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("ebola-2014-by-country"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .CodeMirror"), "Ebola"));
        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .yasr table"), "Liberia"));
        browser.findElement(By.cssSelector(".tabPanel.active .select_chart")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tabPanel.active svg.cmi-chart")));

        Select label = new Select(browser.findElement(By.cssSelector(".tabPanel.active select.cmi-chart-label")));
        Select value = new Select(browser.findElement(By.cssSelector(".tabPanel.active select.cmi-chart-value")));
        assertEquals("country", label.getFirstSelectedOption().getAttribute("value"));
        assertEquals("personnel", value.getFirstSelectedOption().getAttribute("value"));
        assertEquals(List.of("personnel"), value.getOptions().stream().map(o -> o.getAttribute("value")).toList(),
                "only numeric columns can size the bars; the start month is a date");
        assertEquals(List.of("Guinea", "Liberia", "Sierra Leone"), texts(".cmi-bar-label"));
        assertEquals(List.of("no value", "51", "165"), texts(".cmi-bar-value"));
        assertEquals(2, browser.findElements(By.cssSelector(".tabPanel.active svg.cmi-chart rect")).size());

        label.selectByValue("deployment");
        wait.until(d -> texts(".cmi-bar-label").contains("Henry Reeve brigade against Ebola in Liberia"));
        assertEquals(List.of("no value", "51", "165"), texts(".cmi-bar-value"));
    }

    private void open(String path) {
        browser.get(base + path);
        waitForEditor();
    }

    private void waitForEditor() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton")));
    }

    /** Puts {@code query} into the active tab and clicks the run button. */
    private void run(String query) {
        js("document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.setValue(arguments[0]);", query);
        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
    }

    /** The error box's text once it says {@code heading} (the box of an earlier error may be replaced meanwhile). */
    private String errorShown(String heading) {
        By box = By.cssSelector(".tabPanel.active .cmi-query-error");
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(box).stream().anyMatch(e -> e.getText().contains(heading)));
        return browser.findElement(box).getText();
    }

    /** The active tab's name, without its close button. */
    private String activeTabName() {
        return browser.findElement(By.cssSelector(".tabsList .tab.active")).getText().replace("✖", "").strip();
    }

    /** How many requests this page made to the SPARQL endpoint, as the browser's resource timing records them. */
    private long sparqlRequests() {
        return (Long) js("return performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/sparql') >= 0; }).length;");
    }

    private List<String> texts(String svgSelector) {
        return browser.findElements(By.cssSelector(".tabPanel.active svg.cmi-chart " + svgSelector)).stream().map(WebElement::getText).toList();
    }
}
