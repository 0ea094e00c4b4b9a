package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.io.StringReader;

import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a historian reads on the real server over the small fixture: a source on every fact, source pages in full. */
@ExtendWith(SharedServer.Site.class)
class ReaderPagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) { server = shared; }

    @Test
    void everyFactAndRoleRowNamesItsSourcesLinkedToTheirPages() throws Exception {
        String html = page("/id/deployment/example-deployment");
        // The host country comes from the deployment's row, which cites report-one (Example Press, 2020-05).
        assertTrue(row(html, "host country").contains("<a class=\"cite\" href=\"/id/source/report-one\" "
                + "title=\"Example report on brigades\">Example Press (2020)</a>"), row(html, "host country"));
        // Personnel is ranked by source: the preferred value's source is named, not the row's other sources.
        assertTrue(row(html, "personnel").contains("/id/source/report-one"), row(html, "personnel"));
        assertFalse(row(html, "personnel").contains("/id/source/nota-dos"), row(html, "personnel"));
        String roles = html.substring(html.indexOf("<table class=\"roles\">"));
        roles = roles.substring(0, roles.indexOf("</table>"));
        assertTrue(roles.contains("Head of brigade") && roles.contains("href=\"/id/source/report-one\""), roles);
    }

    @Test
    void aSourcePageShowsItsWholeAddressArchivedCopyPublisherAndKindOfPublisher() throws Exception {
        String html = page("/id/source/archived-page");
        assertTrue(html.contains(">https://example.org/pages/kept/</a>"), "the whole address, even when it ends with a slash");
        assertTrue(html.contains(">https://web.archive.org/web/2019/https://example.org/pages/kept/</a>"), "the archived copy");
        assertTrue(row(html, "published by").contains("<a href=\"/id/organization/muestra-press\">Muestra Press</a>"));
        assertTrue(row(html, "kind of publisher").contains("state media"), row(html, "kind of publisher"));
        assertTrue(html.contains("2010s"), "a decade written 201X reads as the 2010s");
    }

    @Test
    void everyPageCitesItselfWithTheEditionAndPermanentAddressInFormatsReferenceManagersRead() throws Exception {
        String html = page("/id/deployment/example-deployment");
        assertTrue(html.contains("<h2 id=\"cite\">Cite this</h2>"), "a Cite this section");
        assertTrue(html.contains("“Example Brigade in Examplia.” Cuban Medical Internationalism Knowledge Graph, store build test of 2026-11-27 (not a release). "),
                "the citation names the page, the dataset and the edition");
        assertTrue(html.contains("https://w3id.org/cmi-kg/id/deployment/example-deployment (accessed " + java.time.LocalDate.now(
                java.time.ZoneOffset.UTC) + ")"), "the permanent address and the day it was read");
        assertTrue(html.contains("rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\""), "the licence");

        BibTeXEntry entry = onlyEntry(get("/id/deployment/example-deployment.bib", "*/*"));
        assertEquals("{Example Brigade in Examplia}", value(entry, "title"), "the title braced, so styles keep its capitals");
        assertEquals("https://w3id.org/cmi-kg/id/deployment/example-deployment", value(entry, "url"));
        assertEquals("test", value(entry, "version"));
        assertEquals("{The cmi-kg contributors}", value(entry, "author"));
        // The same citation by content negotiation, as DOI resolvers offer it.
        HttpResponse<String> negotiated = get("/id/deployment/example-deployment", "application/x-bibtex");
        assertTrue(negotiated.headers().firstValue("Content-Type").orElse("").startsWith("application/x-bibtex"));
        assertEquals("{Example Brigade in Examplia}", value(onlyEntry(negotiated), "title"));

        String ris = get("/id/deployment/example-deployment.ris", "*/*").body();
        assertTrue(ris.startsWith("TY  - DATA\r\n") && ris.contains("UR  - https://w3id.org/cmi-kg/id/deployment/example-deployment\r\n")
                && ris.contains("ER  - "), ris);
        JsonNode csl = new ObjectMapper().readTree(get("/id/deployment/example-deployment.csl.json", "*/*").body());
        assertEquals("Example Brigade in Examplia", csl.get(0).path("title").asText());
        assertEquals("dataset", csl.get(0).path("type").asText());
    }

    @Test
    void theSourcesDownloadAsABibliography() throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(get("/sources.bib", "*/*").body()));
        assertEquals(4, db.getEntries().size(), "one entry per source of the fixture");
        BibTeXEntry report = db.getEntries().get(new Key("report-one"));
        assertEquals(BibTeXEntry.TYPE_TECHREPORT, report.getType(), "a report is a techreport");
        assertEquals("{Ana Ejemplo} and {Luis Muestra}", value(report, "author"));
        assertEquals("Example Press", value(report, "institution"));
        assertEquals("2020", value(report, "year"));
        BibTeXEntry hostile = db.getEntries().get(new Key("xss-source"));
        assertEquals("{Title \"><img src=x onerror=alert(1)>}", value(hostile, "title"), "a quote in a title stays inside its field");
        assertEquals("Evil \\& Co", value(hostile, "publisher"), "the ampersand is escaped for TeX");
        BibTeXEntry archived = db.getEntries().get(new Key("archived-page"));
        assertEquals("https://example.org/pages/kept/", value(archived, "url"));
        assertTrue(value(archived, "note").contains("https://web.archive.org/web/2019/https://example.org/pages/kept/"));

        assertEquals(1, new BibTeXParser().parse(new StringReader(get("/sources.bib?id=nota-dos", "*/*").body())).getEntries().size());
        String ris = get("/sources.ris", "*/*").body();
        assertEquals(4, ris.split("ER  - ", -1).length - 1, ris);
        assertTrue(ris.contains("TY  - RPRT\r\n") && ris.contains("TY  - NEWS\r\n"), ris);
        JsonNode csl = new ObjectMapper().readTree(get("/sources.csl.json", "*/*").body());
        assertEquals(4, csl.size());
        assertEquals("article-newspaper", csl.findValues("type").stream().map(JsonNode::asText)
                .filter("article-newspaper"::equals).findFirst().orElse(""), "a news report is a newspaper article");
    }

    @Test
    void voidIsAPageForBrowsersAndTurtleForEveryoneElse() throws Exception {
        HttpResponse<String> browser = get("/void", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(browser.body().contains("<h1>Dataset description</h1>") && browser.body().contains("CC BY 4.0"), browser.body());
        assertTrue(browser.body().contains("href=\"/dumps/cmi-kg-test.nq.gz\""), "the dumps are named with the edition they hold");
        for (String accept : new String[] {"*/*", "text/turtle"}) {
            assertTrue(get("/void", accept).headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), accept);
        }
        HttpResponse<String> dump = get("/dumps/cmi-kg-test.trig", "*/*");
        assertEquals(200, dump.statusCode());
        assertEquals("attachment; filename=\"cmi-kg-test.trig\"", dump.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void aboutGivesScopeMethodAndFiguresCountedFromTheGraph() throws Exception {
        String html = page("/about");
        for (String part : new String[] {"id=\"scope\"", "id=\"sources\"", "id=\"claims\"", "id=\"preferred\"", "id=\"missing\"",
                "id=\"errors\"", "id=\"cite\""}) {
            assertTrue(html.contains(part), part);
        }
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d cmi:hostCountry ?c }"), figure(html, "host-countries"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cmi:Claim }"), figure(html, "claims"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a cmi:Source }"), figure(html, "sources"));
        // The balance of claims: the last row counts each claim once, by stance.
        String side = html.substring(html.indexOf("<table class=\"figures claims-by-side\">"));
        side = side.substring(0, side.indexOf("</table>"));
        long critical = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cmi:Claim ; cmi:stance <https://w3id.org/cmi-kg/vocab/stance/critical> }");
        long supportive = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cmi:Claim ; cmi:stance <https://w3id.org/cmi-kg/vocab/stance/supportive> }");
        assertTrue(side.contains("<tr><td>all claims</td><td>" + supportive + "</td><td>" + critical + "</td>"), side);
    }

    @Test
    void theLandingPageCountsHostCountriesNotEveryCountry() throws Exception {
        String html = page("/");
        long hosts = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d cmi:hostCountry ?c }");
        assertTrue(html.contains("host countries (that received deployments)</th><td><a class=\"host-countries\" href=\"/map\">" + hosts + "</a>"), html);
        assertTrue(html.contains("<ul class=\"stories\">") && html.contains("href=\"/about\""), "stories first, and the way to the method");
    }

    @Test
    void incomingLinksReadInTheirOwnWordsWithTheirDates() throws Exception {
        String html = page("/id/country/examplia");
        String in = html.substring(html.indexOf("<table class=\"incoming\">"));
        in = in.substring(0, in.indexOf("</table>"));
        assertTrue(in.contains("deployments received"), in);
        assertFalse(in.contains(">host country<"), "not the property's own name: " + in);
        assertTrue(in.contains("<a href=\"/id/deployment/example-deployment\">Example Brigade in Examplia</a> <span class=\"muted\">2005-10 – 2006-05</span>"), in);
        String es = page("/id/country/examplia?lang=es");
        assertTrue(es.contains("despliegues recibidos"), "the Spanish inverse label");
    }

    private static long count(String select) throws Exception {
        String q = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>\n" + select;
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/sparql?query="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(r.body().split("\\R")[1].strip());
    }

    private static long figure(String html, String name) {
        Matcher m = Pattern.compile("data-figure=\"" + name + "\">(\\d+)<").matcher(html);
        assertTrue(m.find(), "no figure " + name);
        return Long.parseLong(m.group(1));
    }

    private static BibTeXEntry onlyEntry(HttpResponse<String> r) throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(r.body()));
        assertEquals(1, db.getEntries().size(), r.body());
        return db.getEntries().values().iterator().next();
    }

    private static String value(BibTeXEntry e, String field) {
        var v = e.getField(new Key(field));
        return v == null ? null : v.toUserString();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The table row whose heading is {@code property}. */
    static String row(String html, String property) {
        Matcher m = Pattern.compile("<tr><th[^>]*>" + Pattern.quote(property) + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row '" + property + "'");
        return m.group(1);
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
