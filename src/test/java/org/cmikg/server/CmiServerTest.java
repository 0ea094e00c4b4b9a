package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real server over a real on-disk store, queried over real HTTP. */
class CmiServerTest {
    private static final String PERSON = "https://w3id.org/cmi-kg/id/person/ana-ejemplo";
    private static final String NAMES = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name WHERE { ?p foaf:name ?name }";
    private static final String CONSTRUCT = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir static Path tmp;
    static RunningServer server;
    static String base;

    @BeforeAll
    static void start() {
        server = RunningServer.start(tmp, TestData.FIXTURES.resolve("golden/every-record-type/data"),
                b -> b.queryTimeout(Duration.ofSeconds(2)).resultCap(3));
        base = server.base();
    }

    @AfterAll
    static void stop() { server.close(); }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json",
            "application/sparql-results+xml, application/sparql-results+xml",
            "text/csv, text/csv",
            "text/tab-separated-values, text/tab-separated-values"})
    void selectResultsComeInTheFormatAsked(String accept, String expectedType) throws Exception {
        HttpResponse<byte[]> r = get("/sparql?query=" + enc(NAMES), accept);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith(expectedType), contentType(r));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), langOf(expectedType));
        assertEquals(List.of("Ana Ejemplo"), names(rs));
    }

    @Test
    void selectByPostFormAndByPostQueryBody() throws Exception {
        HttpResponse<byte[]> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(NAMES))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, form.statusCode());
        assertEquals(List.of("Ana Ejemplo"), names(ResultSetMgr.read(new ByteArrayInputStream(form.body()), ResultSetLang.RS_JSON)));

        HttpResponse<byte[]> body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(NAMES)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, body.statusCode());
        assertEquals(List.of("Ana Ejemplo"), names(ResultSetMgr.read(new ByteArrayInputStream(body.body()), ResultSetLang.RS_JSON)));
    }

    @Test
    void askAnswersTrueAndFalse() throws Exception {
        HttpResponse<byte[]> yes = get("/sparql?query=" + enc("ASK { <" + PERSON + "> ?p ?o }"), "application/sparql-results+json");
        HttpResponse<byte[]> no = get("/sparql?query=" + enc("ASK { <urn:x:nothing> ?p ?o }"), "application/sparql-results+json");
        assertTrue(new String(yes.body(), StandardCharsets.UTF_8).contains("true"));
        assertTrue(new String(no.body(), StandardCharsets.UTF_8).contains("false"));
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void graphResultsComeInTheFormatAsked(String accept) throws Exception {
        HttpResponse<byte[]> r = get("/sparql?query=" + enc(CONSTRUCT), accept);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith(accept), contentType(r));
        Graph g = parse(r.body(), RDFLanguages.contentTypeToLang(accept));
        assertEquals(1, g.size());
        assertTrue(g.find().next().getSubject().getURI().equals(PERSON));
    }

    @Test
    void describeGivesTheEntityUpToTheCap() throws Exception {
        HttpResponse<byte[]> r = get("/sparql?query=" + enc("DESCRIBE <" + PERSON + ">"), "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        assertEquals(3, g.size(), "the person has more triples than the cap of 3");
        assertTrue(g.find().toList().stream().allMatch(t -> t.getSubject().getURI().equals(PERSON)));
    }

    @Test
    void nothingCanBeChangedOverHttp() throws Exception {
        long before = countTriples();
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        List<Integer> statuses = new ArrayList<>();
        statuses.add(send("POST", "/sparql", "application/sparql-update", update));
        statuses.add(send("POST", "/sparql", "application/x-www-form-urlencoded", "update=" + enc(update)));
        statuses.add(send("POST", "/update", "application/sparql-update", update));
        statuses.add(send("POST", "/", "application/sparql-update", update));
        statuses.add(send("PUT", "/data?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."));
        statuses.add(send("POST", "/data?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."));
        statuses.add(send("DELETE", "/data?graph=" + enc("https://w3id.org/cmi-kg/graph/people"), null, null));
        for (int s : statuses) assertTrue(s >= 400, "a write was answered " + statuses);
        assertEquals(before, countTriples());
    }

    @Test
    void serviceCallsToOtherHostsAreRefused() throws Exception {
        String q = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        HttpResponse<byte[]> r = get("/sparql?query=" + enc(q), "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, "SERVICE answered " + r.statusCode());
    }

    @ParameterizedTest(name = "refused: {0}")
    @CsvSource(delimiter = '|', value = {
            "PREFIX x: <java:java.lang.> SELECT (x:System() AS ?v) {}",
            "SELECT (<java:org.apache.jena.sparql.function.library.FN_StrLength>(\"a\") AS ?v) {}",
            "BASE <java:java.lang.> SELECT (<Runtime>() AS ?v) {}"})
    void javaFunctionIrisAreRefused(String query) throws Exception {
        HttpResponse<byte[]> r = get("/sparql?query=" + enc(query), "application/sparql-results+json");
        assertEquals(400, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("java:"));
    }

    @Test
    void compressedAndOversizedRequestBodiesAreRefusedUnread() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(zipped)) { gz.write(NAMES.getBytes(StandardCharsets.UTF_8)); }
        HttpResponse<String> gzip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, gzip.statusCode(), gzip.body());
        assertTrue(gzip.body().contains("uncompressed"), gzip.body());

        String huge = NAMES + " #" + "x".repeat(300 * 1024);
        HttpResponse<String> big = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, big.statusCode(), big.body());
    }

    @Test
    void aQueryThatRunsTooLongIsStopped() throws Exception {
        String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = get("/sparql?query=" + enc(heavy), "application/sparql-results+json");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        // With nothing streamed yet, Fuseki answers 503; the 2 s timeout must stop it well before it ends.
        assertEquals(503, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    @Test
    void resultsAreCapped() throws Exception {
        assertEquals(3, rows("SELECT * { ?s ?p ?o }"), "no LIMIT: lowered to the cap");
        assertEquals(3, rows("SELECT * { ?s ?p ?o } LIMIT 1000"), "a larger LIMIT: lowered to the cap");
        assertEquals(2, rows("SELECT * { ?s ?p ?o } LIMIT 2"), "a smaller LIMIT is kept");
    }

    private static int rows(String query) throws Exception {
        HttpResponse<byte[]> r = get("/sparql?query=" + enc(query), "application/sparql-results+json");
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) { rs.next(); n++; }
        return n;
    }

    @Test
    void theLandingPageSaysWhereTheEndpointIs() throws Exception {
        HttpResponse<byte[]> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"/sparql\""), html);
        assertTrue(html.contains("<tr><th>people</th><td><a href=\"/search?type=Person&amp;q=\">1</a></td></tr>"),
                "counts by kind: " + html);
    }

    @ParameterizedTest(name = "safety headers on {0}")
    @CsvSource({"/", "/query", "/query?query=SELECT+*+%7B%7D&endpoint=http://elsewhere.example/sparql", "/search?q=ana",
            "/id/person/ana-ejemplo", "/ontology", "/dumps/", "/void", "/no-such-page", "/sparql?query=ASK%7B%7D"})
    void everyPageForbidsInlineScriptFramingAndSniffing(String path) throws Exception {
        HttpResponse<byte[]> r = get(path, "text/html");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval")
                && !csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
        assertTrue(csp.contains("connect-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Referrer-Policy").isPresent());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(body.matches("(?s).*<script(?![^>]*(src=|type=\"application/(ld\\+)?json\")).*"), "an inline script in " + path);
    }

    @Test
    void corsAllowsAnyOriginButNeverCredentials() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + enc(NAMES)))
                .header("Origin", "https://scholar.example").header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        assertNotEquals("true", r.headers().firstValue("Access-Control-Allow-Credentials").orElse("false"));
    }

    @Test
    void runningServerStreamsThroughASmallPooledOutputBuffer() {
        // Fuseki's default is 5 MB, which Jetty does not pool: every streamed response allocated a fresh 5 MB.
        List<Integer> buffers = new ArrayList<>();
        for (Connector connector : server.server().jetty().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) buffers.add(http.getHttpConfiguration().getOutputBufferSize());
        }
        assertFalse(buffers.isEmpty(), "the server has an HTTP connector");
        assertTrue(buffers.stream().allMatch(size -> size == CmiServer.OUTPUT_BUFFER_BYTES && size <= 64 * 1024),
                "output buffer sizes " + buffers);
    }

    private static long countTriples() throws Exception {
        HttpResponse<byte[]> r = get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "text/csv");
        return Long.parseLong(new String(r.body(), StandardCharsets.UTF_8).split("\\R")[1].strip());
    }

    private static int send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        // A fresh client: Fuseki may close a connection after refusing a request, without reading its body.
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> r) { return r.headers().firstValue("Content-Type").orElse(""); }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static Lang langOf(String contentType) {
        return switch (contentType) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }

    private static List<String> names(ResultSet rs) {
        List<String> names = new ArrayList<>();
        rs.forEachRemaining(b -> names.add(b.get("name").asLiteral().getLexicalForm()));
        return names;
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
        return g;
    }
}
