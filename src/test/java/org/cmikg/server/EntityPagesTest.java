package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entity IRIs dereference on the real server: HTML pages, RDF by content negotiation, escaping. */
@ExtendWith(SharedServer.Site.class)
class EntityPagesTest {
    private static final String DEPLOYMENT = "https://w3id.org/cmi-kg/id/deployment/example-deployment";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static RunningServer server;
    static String base;

    @BeforeAll
    static void start(RunningServer shared) { server = shared; base = server.base(); }

    @Test
    void aBrowserGetsAPageWithFactsSourcesRolesAndCompetingValues() throws Exception {
        HttpResponse<String> r = get("/id/deployment/example-deployment", "text/html,application/xhtml+xml,*/*;q=0.8", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<h1>Example Brigade in Examplia</h1>"), html);
        assertTrue(html.contains("<a href=\"/id/country/examplia\">Examplia</a>"), "host country linked by label");
        assertTrue(html.contains("Example report on brigades") && html.contains("Example Press") && html.contains("2020-05")
                && html.contains("https://example.org/report"), "sources with title, publisher, date and link");
        assertTrue(html.contains("<a href=\"/id/person/ana-ejemplo\">Ana Ejemplo</a>"), "the role held in it");
        assertTrue(html.contains("Counted by the sending ministry.") && html.contains("180"), "competing values with the reason");
        assertTrue(html.contains("Show the SPARQL"));
        assertTrue(html.contains("<script type=\"application/ld+json\">"), "schema.org JSON-LD embedded");
    }

    @Test
    void labelsFollowTheReadersLanguage() throws Exception {
        String es = get("/id/deployment/example-deployment?lang=es", "text/html", null).body();
        assertTrue(es.contains("<h1>Brigada Ejemplo en Examplia</h1>"));
        assertTrue(es.contains("<h2>Fuentes</h2>") && es.contains("<html lang=\"es\">"), "the page's own words follow too");
        assertTrue(get("/id/deployment/example-deployment", "text/html", "es-ES,es;q=0.9,en;q=0.5").body()
                .contains("<h1>Brigada Ejemplo en Examplia</h1>"));
        assertTrue(get("/id/deployment/example-deployment", "text/html", "en-GB,en;q=0.9,es;q=0.3").body()
                .contains("<h1>Example Brigade in Examplia</h1>"));
    }

    @ParameterizedTest(name = "{0} by Accept and by .{1}")
    @CsvSource({"text/turtle, ttl, TTL", "application/ld+json, jsonld, JSONLD", "application/rdf+xml, rdf, RDFXML",
            "application/n-triples, nt, NTRIPLES"})
    void rdfByAcceptHeaderOrByExtension(String mediaType, String extension, String langName) throws Exception {
        Lang lang = RDFLanguages.nameToLang(langName);
        for (HttpResponse<String> r : List.of(get("/id/deployment/example-deployment", mediaType, null),
                get("/id/deployment/example-deployment." + extension, "text/html", null))) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(lang).base(base).parse(g);
            assertTrue(g.contains(NodeFactory.createURI(DEPLOYMENT), NodeFactory.createURI("https://w3id.org/cmi-kg/ontology#personnel"),
                    NodeFactory.createLiteralDT("200", XSDDatatype.XSDinteger)));
        }
    }

    @Test
    void aPageLinkingAClaimShowsTheClaimsTitleNotItsId() throws Exception {
        String en = get("/id/claim/critic-view", "text/html", null).body();
        assertTrue(en.contains("<h1>Ana Ejemplo: “<span lang=\"es\">El programa tiene problemas.</span>” (2021-03-04)</h1>"),
                "the title's quote marked as Spanish on an English page: " + en);
        assertTrue(en.contains("<a href=\"/id/claim/ministry-total\">Example Ministry of Health: "
                + "“More than 1000 health workers have served.” (2020-05-01)</a>"), "the disputed claim linked by its title");
        assertFalse(en.contains(">ministry-total</a>"), "no claim linked by its ID");
        String es = get("/id/person/ana-ejemplo?lang=es", "text/html", null).body();
        assertTrue(es.contains("<a href=\"/id/claim/critic-view?lang=es\">Ana Ejemplo: «El programa tiene problemas.» (2021-03-04)</a>"),
                "the person's claim linked by its Spanish title: " + es);
        assertFalse(es.contains(">critic-view</a>"));
    }

    @Test
    void everythingFromTheRecordsIsEscaped() throws Exception {
        String person = get("/id/person/mallory", "text/html", null).body();
        assertFalse(person.contains("<script>alert(1)</script>"), person);
        assertTrue(person.contains("&lt;script&gt;alert(1)&lt;/script&gt; Mallory"), person);
        assertFalse(person.contains("<b>markup</b>"));
        assertFalse(person.contains("<img src=x"), "source title escaped");
        assertFalse(person.replace("<script type=\"application/ld+json\">", "").contains("<script>"));
        String jsonLd = person.substring(person.indexOf("<script type=\"application/ld+json\">") + 35);
        jsonLd = jsonLd.substring(0, jsonLd.indexOf("</script>"));
        assertFalse(jsonLd.contains("<"), "JSON-LD cannot close its script element: " + jsonLd);
    }

    @Test
    void unknownRecordsAndFormatsAreRefused() throws Exception {
        assertEquals(404, get("/id/person/nobody", "text/html", null).statusCode());
        assertEquals(404, get("/id/person/Not-A-Slug", "text/html", null).statusCode());
        assertEquals(404, get("/id/person/ana-ejemplo.exe", "text/html", null).statusCode());
        assertEquals(406, get("/id/person/ana-ejemplo", "image/png", null).statusCode());
        assertFalse(get("/id/person/%3Cscript%3E", "text/html", null).body().contains("<script>"));
    }

    @Test
    void aLinkedEntityShowsItsWikidataItemAndHowItWasChecked() throws Exception {
        String html = get("/id/country/examplia", "text/html", null).body();
        assertTrue(html.contains("<a class=\"wikidata\" href=\"http://www.wikidata.org/entity/Q4115189\">Q4115189</a>"), html);
        assertTrue(html.contains("<td class=\"link-method\">checked by hand</td>"), html);
        assertTrue(html.contains("href=\"https://example.org/report\" rel=\"nofollow\">https://example.org/report</a>")
                && html.contains("href=\"https://www.wikidata.org/wiki/Q4115189\" rel=\"nofollow\""), "both evidence URLs");
        assertTrue(html.contains("<td class=\"link-reviewer\">Ana Revisora</td>") && html.contains("<td class=\"link-date\">2026-11-27</td>"));
        assertFalse(html.contains("class=\"unlinked\""), html);
        assertFalse(html.contains("/id/link/country-examplia-wikidata"), "the link node is not listed as linking here");
        assertTrue(html.replaceAll("\\s", "").contains("\"sameAs\":\"http://www.wikidata.org/entity/Q4115189\""), "JSON-LD sameAs");
    }

    @Test
    void anUnlinkedEntitySaysSoAndListsItsCandidatesMostLikelyFirst() throws Exception {
        String html = get("/id/person/ana-ejemplo", "text/html", null).body();
        assertTrue(html.contains("<p class=\"unlinked\">Not linked to Wikidata"), html);
        int likely = html.indexOf(">Q4115189</a>");
        int unlikely = html.indexOf(">Q13406268</a>");
        assertTrue(likely > 0 && unlikely > likely, "candidates by score, highest first: " + html);
        assertTrue(html.contains("&lt;b&gt;painter&lt;/b&gt;") && !html.contains("<b>painter</b>"), "candidate text escaped");
        assertTrue(html.contains("<td>0.8</td><td>reconciler</td><td>2026-12-01</td>"), html);
        assertFalse(html.contains("class=\"wikidata\""), "a candidate is not shown as the item");
        assertFalse(html.contains("sameAs"), "no sameAs from a candidate");

        String es = get("/id/person/ana-ejemplo?lang=es", "text/html", null).body();
        assertTrue(es.contains("Sin enlace a Wikidata") && es.contains("Elementos candidatos, sin verificar"), es);
    }

    @Test
    void anEntitySearchedWithoutFindingAnItemSaysWhatWasSearchedAndAsOfWhen() throws Exception {
        String html = get("/id/organization/example-ministry", "text/html", null).body();
        assertTrue(html.contains("<p class=\"no-item\">No Wikidata item was found for this record as of "
                + "<span class=\"search-date\">2026-12-04</span>.</p>"), html);
        assertTrue(html.contains("'Ministerio Ejemplo' &lt;i&gt;and&lt;/i&gt; 'MinEj'"), "what was searched, escaped: " + html);
        assertTrue(html.contains("<td class=\"search-reviewer\">Ana Revisora</td>"), html);
        assertFalse(html.contains("class=\"unlinked\""), "a searched record is not shown as never checked");
        assertFalse(html.contains("/id/link-search/"), "the search node is not listed as linking here");
        String es = get("/id/organization/example-ministry?lang=es", "text/html", null).body();
        assertTrue(es.contains("No se encontró ningún elemento de Wikidata para este registro a fecha de"), es);
    }

    @Test
    void anUnlinkedEntityWithoutCandidatesSaysSoAndASourceHasNoWikidataSection() throws Exception {
        String city = get("/id/place/example-city", "text/html", null).body();
        assertTrue(city.contains("<p class=\"unlinked\">"), city);
        assertFalse(city.contains("class=\"candidates\""), city);
        String source = get("/id/source/report-one", "text/html", null).body();
        assertFalse(source.contains("<h2>Wikidata</h2>"), source);
    }

    private static HttpResponse<String> get(String path, String accept, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept);
        if (language != null) b.header("Accept-Language", language);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
