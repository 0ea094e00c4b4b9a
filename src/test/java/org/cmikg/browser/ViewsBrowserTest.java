package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The network, map and timeline pages in one real headless Chromium against the real server over the bundled
 * records: each view must draw what its query returns (asked again on {@code /sparql} or {@code /export}),
 * and lead to entity pages. Screenshots go to {@code target/screenshots/view-*.png}.
 */
class ViewsBrowserTest extends AbstractBrowserTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    ViewsBrowserTest() { super(1200, 900, Duration.ofSeconds(30)); }

    @Test
    void theNetworkDrawsWhatItsViewReturnsFiltersByKindAndPeriodAndOpensANodesPage() throws Exception {
        browser.get(base + "/network?view=organizations-deployments-countries");
        waitFor("window.cmiNetwork");
        List<QuerySolution> rows = select(shownQuery());
        assertDrawnNetwork(rows, "organizations-deployments-countries");
        assertEquals(rows.stream().map(r -> r.get("edgeType").toString()).distinct().count(),
                browser.findElements(By.cssSelector("#network-edge-types li")).size(), "a legend entry per edge type");

        // Unticking a kind hides its nodes (and their edges).
        WebElement firstKind = browser.findElement(By.cssSelector("input.kind-filter"));
        long ofKind = ((Number) js("var kind = arguments[0]; return cmiNetwork.cy.nodes().filter(function (n) { return n.data('kind') === kind; }).length;",
                firstKind.getAttribute("value"))).longValue();
        long all = ((Number) js("return cmiNetwork.cy.nodes(':visible').length;")).longValue();
        firstKind.click();
        assertEquals(all - ofKind, ((Number) js("return cmiNetwork.cy.nodes(':visible').length;")).longValue());
        firstKind.click();
        Chromium.screenshot(browser, "view-network");

        // A period keeps the edges whose date bounds overlap it.
        browser.findElement(By.id("network-from")).sendKeys("2010");
        browser.findElement(By.id("network-to")).sendKeys("2014");
        // The new page's address proves the navigation; waiting for the old element to go stale could also meet
        // Chromium's "node does not belong to the document" error while the old page was being torn down.
        browser.findElement(By.cssSelector("#network-form button")).click();
        wait.until(ExpectedConditions.urlContains("from=2010"));
        waitFor("window.cmiNetwork");
        List<QuerySolution> inPeriod = rows.stream().filter(r -> overlaps(r, 2010, 2014)).toList();
        assertTrue(!inPeriod.isEmpty() && inPeriod.size() < rows.size(), "period rows: " + inPeriod.size());
        assertDrawnNetwork(inPeriod, "2010-2014");

        // A click on a node opens its page, whose own neighbourhood network is drawn from its query.
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) js("var cy = cmiNetwork.cy, n = cy.nodes('[kind = \"Country\"]')[0];"
                + "cy.zoom(2); cy.center(n); return {label: n.data('label'), url: n.data('url')};");
        WebElement canvas = browser.findElement(By.id("network"));
        js("arguments[0].scrollIntoView({block: 'center'});", canvas);
        new Actions(browser).moveToElement(canvas).click().perform();
        wait.until(ExpectedConditions.urlToBe((String) node.get("url")));
        assertEquals(node.get("label"), browser.findElement(By.tagName("h1")).getText());
        WebElement frame = browser.findElement(By.cssSelector("iframe.embedded-network"));
        js("arguments[0].scrollIntoView();", frame);
        browser.switchTo().frame(frame);
        try {
            waitFor("window.cmiNetwork");
            List<QuerySolution> around = select(shownQuery());
            assertTrue(around.size() > 0, "the country's neighbourhood");
            assertDrawnNetwork(around, "neighbourhood of " + node.get("label"));
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    @Test
    void everyNamedViewsCytoscapeExportLoadsIntoCytoscapeJsWithTheNodesAndEdgesOfItsQuery() throws Exception {
        browser.get(base + "/network");
        waitFor("window.cytoscape");
        List<String> views = JSON.parseAny(get("/export")).getAsArray().stream()
                .map(v -> v.getAsObject().get("name").getAsString().value()).toList();
        assertTrue(views.size() >= 4, "named views: " + views);
        for (String view : views) {
            String json = get("/export?view=" + view + "&format=cytoscape");
            @SuppressWarnings("unchecked")
            Map<String, Object> loaded = (Map<String, Object>) js("var data = JSON.parse(arguments[0]);"
                    + "var cy = cytoscape({headless: true, elements: data.elements});"
                    + "return {nodes: cy.nodes().length, edges: cy.edges().length, query: data.provenance.query};", json);
            List<QuerySolution> rows = select((String) loaded.get("query"));
            assertEquals(edges(rows), ((Number) loaded.get("edges")).longValue(), view + " edges");
            assertEquals(nodes(rows), ((Number) loaded.get("nodes")).longValue(), view + " nodes");
            System.out.println("cytoscape.js read " + view + ": " + loaded.get("nodes") + " nodes, " + loaded.get("edges") + " edges");
        }
    }

    @Test
    void anEditorQueryDownloadsAsANetwork() throws Exception {
        String query = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>\n"
                + "SELECT ?source ?target WHERE { ?source cmi:hostCountry ?target }";
        browser.get(base + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".network-downloads button[data-format='cytoscape']"))).click();
        Path file = Chromium.waitForDownload(downloads, ".json");
        String json = Files.readString(file);
        browser.findElement(By.cssSelector(".network-downloads button[data-format='gexf']")).click();
        assertTrue(Files.readString(Chromium.waitForDownload(downloads, ".gexf")).contains("<gexf"));

        browser.get(base + "/network");
        waitFor("window.cytoscape");
        @SuppressWarnings("unchecked")
        Map<String, Object> loaded = (Map<String, Object>) js("var data = JSON.parse(arguments[0]);"
                + "var cy = cytoscape({headless: true, elements: data.elements});"
                + "return {nodes: cy.nodes().length, edges: cy.edges().length};", json);
        List<QuerySolution> rows = select(query);
        assertEquals(edges(rows), ((Number) loaded.get("edges")).longValue());
        assertEquals(nodes(rows), ((Number) loaded.get("nodes")).longValue());
    }

    /** Cytoscape's own count of nodes and edges is what the rows hold: an edge per row, a node per distinct end. */
    private void assertDrawnNetwork(List<QuerySolution> rows, String what) {
        assertEquals(edges(rows), ((Number) js("return cmiNetwork.cy.edges().length;")).longValue(), what + " edges");
        assertEquals(nodes(rows), ((Number) js("return cmiNetwork.cy.nodes().length;")).longValue(), what + " nodes");
        System.out.println("network " + what + ": " + nodes(rows) + " nodes, " + edges(rows) + " edges");
    }

    private static long edges(List<QuerySolution> rows) {
        return rows.stream().filter(r -> r.contains("source") && r.contains("target")).count();
    }

    private static long nodes(List<QuerySolution> rows) {
        return rows.stream().filter(r -> r.contains("source") && r.contains("target"))
                .flatMap(r -> java.util.stream.Stream.of(r.get("source"), r.get("target"))).distinct().count();
    }

    /** The export's period rule: dated edges whose earliest start and latest end overlap the years. */
    private static boolean overlaps(QuerySolution r, int from, int to) {
        String lower = r.contains("startEarliest") ? day(r, "startEarliest") : r.contains("endEarliest") ? day(r, "endEarliest") : null;
        String upper = r.contains("endLatest") ? day(r, "endLatest") : r.contains("startLatest") ? day(r, "startLatest") : null;
        return lower != null && upper != null && lower.compareTo(to + "-12-31") <= 0 && upper.compareTo(from + "-01-01") >= 0;
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), path + ": " + res.body());
        return res.body();
    }

    @Test
    void theTimelineDrawsEveryDeploymentAndEventWithFuzzyDatesAsRanges() throws Exception {
        browser.get(base + "/timeline");
        waitFor("window.cmiTimeline");
        List<QuerySolution> rows = select(shownQuery());
        assertTrue(rows.size() > 100, "deployments and events: " + rows.size());
        assertEquals(rows.size(), ((Number) js("return cmiTimeline.items.length;")).intValue(), "one item per row");

        // A date known to the year or month only is drawn as a range from its earliest to its latest day.
        int fuzzy = 0;
        for (QuerySolution row : rows) {
            String iri = row.getResource("item").getURI();
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) js("var i = cmiTimeline.items.get(arguments[0]);"
                    + "return {start: String(i.start), end: i.end ? String(i.end) : null, type: i.type, cls: i.className};", iri);
            String earliest = day(row, "startEarliest");
            assertEquals(earliest, item.get("start"), iri);
            String latest = row.contains("endLatest") ? day(row, "endLatest") : day(row, "startLatest");
            if (!latest.equals(earliest) || row.contains("endLatest")) {
                assertEquals("range", item.get("type"), iri);
                assertEquals(LocalDate.parse(latest).plusDays(1).toString(), item.get("end"), iri);
            } else {
                assertEquals("point", item.get("type"), iri);
            }
            boolean isFuzzy = !day(row, "startLatest").equals(earliest)
                    || (row.contains("endLatest") && !day(row, "endLatest").equals(day(row, "endEarliest")));
            assertEquals(isFuzzy, item.get("cls").toString().contains("fuzzy"), iri);
            if (isFuzzy) fuzzy++;
        }
        assertTrue(fuzzy > 0, "the records have dates known to the year only");
        System.out.println("timeline: " + rows.size() + " items, " + fuzzy + " with fuzzy dates drawn as ranges");
        Chromium.screenshot(browser, "view-timeline");

        // Zoom to the first item and click it: its page opens.
        QuerySolution first = rows.get(0);
        js("cmiTimeline.timeline.setWindow('" + day(first, "startEarliest").substring(0, 4) + "-01-01', '"
                + (Integer.parseInt(day(first, "startEarliest").substring(0, 4)) + 2) + "-01-01', {animation: false});");
        String label = first.getLiteral("label").getString();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'vis-item-content')]/span[normalize-space(.)=" + xpathLiteral(label) + "]")));
        item.click();
        String path = first.getResource("item").getURI().substring("https://w3id.org/cmi-kg".length());
        wait.until(ExpectedConditions.urlContains(path));
        assertEquals(label, browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theMapDrawsItsGeoJsonExportByHostCountryAndDecadeAndListsACountrysDeployments() throws Exception {
        browser.get(base + "/map");
        waitFor("window.cmiMap");
        List<JsonObject> features = mapExport("");
        assertEquals(features.size(), ((Number) js("return cmiMap.rows;")).intValue(), "a row per feature of the GeoJSON export");
        assertDrawn(features, "all decades");

        // One decade: only the deployments that began in it.
        JsonObject some = features.get(features.size() / 2);
        int year = Integer.parseInt(text(some, "earliest").substring(0, 4));
        int decade = year - year % 10;
        new Select(browser.findElement(By.id("map-decade"))).selectByValue(Integer.toString(decade));
        List<JsonObject> inDecade = features.stream().filter(f -> !text(f, "earliest").isEmpty()
                && Integer.parseInt(text(f, "earliest").substring(0, 4)) / 10 * 10 == decade).toList();
        assertDrawn(inDecade, "the " + decade + "s");

        // A click on the country's circle lists its deployments of that decade; a click on one opens its page.
        String country = text(some, "countryLabel");
        long here = inDecade.stream().filter(f -> text(f, "countryCode").equals(text(some, "countryCode"))).count();
        WebElement circle = (WebElement) js("return cmiMap.marker(arguments[0]);", text(some, "countryCode"));
        circle.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#map-list h2"), country));
        List<WebElement> listed = browser.findElements(By.cssSelector("#map-list ol.map-deployments li a"));
        assertEquals(here, listed.size(), "deployments listed for " + country);
        Chromium.screenshot(browser, "view-map");
        String label = text(some, "label");
        browser.findElement(By.linkText(label)).click();
        wait.until(ExpectedConditions.urlContains(text(some, "id").substring("https://w3id.org/cmi-kg".length())));
        assertEquals(label, browser.findElement(By.tagName("h1")).getText());

        // The deployment's page embeds the map of the export focused on it: the deployment alone.
        WebElement frame = browser.findElement(By.cssSelector("iframe.embedded-map"));
        js("arguments[0].scrollIntoView();", frame);
        browser.switchTo().frame(frame);
        try {
            waitFor("window.cmiMap");
            List<JsonObject> focused = mapExport("&focus=" + URLEncoder.encode(text(some, "id"), StandardCharsets.UTF_8));
            assertEquals(List.of(text(some, "id")), focused.stream().map(f -> text(f, "id")).toList());
            assertDrawn(focused, "the map on " + label + "'s page");
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    @Test
    void spanishPagesNameKindsAndEdgeTypesByTheOntologysSpanishLabels() throws Exception {
        browser.get(base + "/map?lang=es");
        waitFor("window.cmiMap");
        List<String> kinds = browser.findElements(By.cssSelector("#map-kind option")).stream().skip(1).map(WebElement::getText).toList();
        String spanish = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?label WHERE { ?term rdfs:label ?label FILTER(lang(?label) = 'es') } ";
        List<String> labels = select(spanish).stream().map(r -> r.getLiteral("label").getString()).toList();
        assertTrue(!kinds.isEmpty() && labels.containsAll(kinds), "map kinds " + kinds + " are Spanish labels of the ontology");
        assertEquals(mapExport("&lang=es").stream().map(f -> text(f, "kindLabel")).distinct().sorted().toList(), kinds);

        browser.get(base + "/network?view=organizations-deployments-countries&lang=es");
        waitFor("window.cmiNetwork");
        List<String> legend = new ArrayList<>();
        for (String selector : List.of("#network-kinds li", "#network-edge-types li")) {
            for (WebElement li : browser.findElements(By.cssSelector(selector))) legend.add(li.getText().replaceFirst(" \\(\\d+\\)$", ""));
        }
        assertTrue(legend.size() > 2 && labels.containsAll(legend), "network legend " + legend + " in the ontology's Spanish labels");
        assertTrue(legend.contains("País"), "the kind Country in Spanish: " + legend);
    }

    /** The GeoJSON export the map draws, as feature properties (with {@code id}). */
    private static List<JsonObject> mapExport(String parameters) throws Exception {
        JsonObject doc = JSON.parse(get("/export?view=organizations-deployments-countries&format=geojson" + parameters));
        return doc.get("features").getAsArray().stream().map(f -> f.getAsObject().get("properties").getAsObject()).toList();
    }

    private static String text(JsonObject o, String key) { return o.hasKey(key) ? o.get(key).getAsString().value() : ""; }

    /** One circle per host country counting its features. */
    private void assertDrawn(List<JsonObject> features, String what) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> markers = (List<Map<String, Object>>) js("return cmiMap.markers();");
        Map<String, Long> byCountry = features.stream().collect(Collectors.groupingBy(f -> text(f, "countryCode"), Collectors.counting()));
        Map<String, Long> drawn = new TreeMap<>();
        for (Map<String, Object> m : markers) drawn.put((String) m.get("iso3"), ((Number) m.get("count")).longValue());
        assertEquals(new TreeMap<>(byCountry), drawn, what + ": deployments per host country");
        System.out.println("map " + what + ": " + features.size() + " deployments, " + drawn.size() + " circles");
        assertTrue(!drawn.isEmpty(), what);
    }

    private static String day(QuerySolution row, String var) { return row.getLiteral(var).getLexicalForm().substring(0, 10); }

    /** The query behind "Show the SPARQL" on the current page. */
    private String shownQuery() {
        String href = browser.findElement(By.cssSelector("a.sparql")).getAttribute("href");
        return URLDecoder.decode(href.substring(href.indexOf("query=") + "query=".length()), StandardCharsets.UTF_8);
    }

    /** Runs a SELECT on the server's own endpoint, as any client would. */
    static List<QuerySolution> select(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        HttpResponse<InputStream> res = HTTP.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, res.statusCode());
        List<QuerySolution> rows = new ArrayList<>();
        try (InputStream in = res.body()) {
            ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    void waitFor(String expression) {
        wait.until(d -> Boolean.TRUE.equals(js("return !!(" + expression + ");")));
    }

    static String xpathLiteral(String s) {
        if (!s.contains("'")) return "'" + s + "'";
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }
}
