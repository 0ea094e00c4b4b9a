package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server probes of the hardening review (issue 10), each as a request a careful attacker or a clumsy client
 * sends: the answer is either right or a clear 4xx/503 with a message, never a valid-looking 200 that is
 * incomplete, and never a 500 for client input.
 */
class ServerProbesTest {
    private static final String FOAF = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> ";
    private static final String PERSON = "https://w3id.org/cmi-kg/id/person/ana-ejemplo";
    private static final int CAP = 20;

    static Path tmp;
    static RunningServer capped;
    static RunningServer wide;

    @BeforeAll
    static void start() throws IOException {
        tmp = Files.createTempDirectory("cmi-probes");
        Path data = TestData.FIXTURES.resolve("golden/every-record-type/data");
        capped = RunningServer.start(tmp.resolve("capped"), data, b -> b.queryTimeout(Duration.ofSeconds(2)).resultCap(CAP));
        // Time enough to stream any result here on a busy machine; a test that needs a short timeout asks ?timeout=2.
        wide = RunningServer.start(tmp.resolve("wide"), data, b -> b.queryTimeout(Duration.ofSeconds(60)).resultCap(100_000_000));
    }

    @AfterAll
    static void stop() {
        capped.close();
        wide.close();
    }

    @ParameterizedTest(name = "timeout after output started, as {0}")
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv"})
    void aTimeoutAfterOutputStartedIsNeverACompleteLookingSuccess(String accept) throws Exception {
        // Rows come at once and without end: output starts long before the 2 s timeout (SPARQL protocol's
        // timeout parameter, under the server's own) stops the query.
        String endless = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        try {
            HttpResponse<byte[]> r = get(wide, "/sparql?timeout=2&query=" + enc(endless), accept);
            assertFalse(r.statusCode() == 200, "a stopped query was answered 200 with " + r.body().length + " bytes");
        } catch (IOException broken) {
            // The connection was cut before the response ended: the client knows the answer is incomplete.
        }
    }

    @Test
    void aResultLongerThanTheBufferStillStreamsWhole() throws Exception {
        int rows = CappedQuery.BUFFERED_ROWS + 100;
        HttpResponse<String> r = getText(wide, "/sparql?query=" + enc("SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT " + rows), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(rows + 1, r.body().lines().count(), "header and rows");
    }

    @Test
    void aQueryStoppedBeforeOutputIs503WithAMessage() throws Exception {
        HttpResponse<String> r = getText(capped, "/sparql?query="
                + enc("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), "text/csv");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("time"), r.body());
    }

    @ParameterizedTest(name = "long query: {0}")
    @ValueSource(strings = {"variable", "string", "number"})
    void anOverlongQueryIsRefusedBeforeParsing(String token) throws Exception {
        String body = switch (token) {
            case "variable" -> "SELECT * { ?" + "a".repeat(200_000) + " ?p ?o }";
            case "string" -> "SELECT * { ?s ?p \"" + "a".repeat(200_000) + "\" }";
            default -> "SELECT * { ?s ?p " + "1".repeat(200_000) + " }";
        };
        HttpResponse<String> r = post(capped, "application/sparql-query", HttpRequest.BodyPublishers.ofString(body));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("characters"), r.body());
    }

    @Test
    void aLargeBodyWithoutContentLengthIsRefused() throws Exception {
        byte[] big = ("SELECT * {} #" + "x".repeat(400 * 1024)).getBytes(StandardCharsets.UTF_8);
        // From an input stream the client sends the body chunked, with no Content-Length to check up front.
        HttpResponse<String> r = post(capped, "application/sparql-query",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void deeplyNestedQueriesGetA400WithAMessage() throws Exception {
        String nested = "SELECT * {" + " OPTIONAL {".repeat(2000) + " ?s ?p ?o " + "}".repeat(2000) + "}";
        HttpResponse<String> r = post(capped, "application/sparql-query", HttpRequest.BodyPublishers.ofString(nested));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("nest"), r.body());
        String parens = "SELECT * { FILTER(" + "(".repeat(5000) + "1" + ")".repeat(5000) + ") }";
        HttpResponse<String> p = post(capped, "application/sparql-query", HttpRequest.BodyPublishers.ofString(parens));
        assertEquals(400, p.statusCode(), p.body());
        assertFalse(p.body().isBlank());
        String fifty = FOAF + "SELECT * {" + " OPTIONAL {".repeat(50) + " ?s foaf:name ?o " + "}".repeat(50) + "}";
        assertEquals(200, post(capped, "application/sparql-query", HttpRequest.BodyPublishers.ofString(fifty)).statusCode(),
                "nesting within the limit is answered");
    }

    @ParameterizedTest(name = "long chain: {0}")
    @ValueSource(strings = {"union", "plus", "path"})
    void chainsTooLongToEvaluateGetA400WithAMessage(String chain) throws Exception {
        String q = switch (chain) {
            case "union" -> "SELECT * {" + " {} UNION".repeat(6000) + " {} }";
            case "plus" -> "SELECT (" + "1 + ".repeat(12_000) + "1 AS ?x) {}";
            default -> "SELECT * { ?s " + "<p:a>/".repeat(5000) + "<p:a> ?o }";
        };
        HttpResponse<String> r = post(capped, "application/sparql-query", HttpRequest.BodyPublishers.ofString(q));
        assertEquals(400, r.statusCode(), r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
        assertTrue(r.body().contains("too deeply"), r.body());
    }

    @ParameterizedTest(name = "bad UTF-8 {0}")
    @ValueSource(strings = {"%FF", "%C3%28", "%E2%82", "%ED%A0%80"})
    void badUtf8InTheQueryParameterIs400(String bytes) throws Exception {
        HttpResponse<String> r = getText(capped, "/sparql?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%22" + bytes + "%22%20%7D", "text/csv");
        assertEquals(400, r.statusCode(), r.body());
    }

    @ParameterizedTest(name = "bad UTF-8 at {0}")
    @ValueSource(strings = {"/search?q=%FF", "/reconcile?queries=%C3%28", "/export?view=%FF", "/sparql?query=ASK%7B%7D&default-graph-uri=%FF"})
    void badUtf8InAnyParameterIs400WithAMessage(String path) throws Exception {
        HttpResponse<String> r = getText(capped, path, "text/html");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("UTF-8"), r.body());
    }

    @Test
    void badUtf8InAFormBodyIs400() throws Exception {
        HttpResponse<String> r = post(capped, "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%22%FF%22%20%7D"));
        assertEquals(400, r.statusCode(), r.body());
    }

    @ParameterizedTest(name = "Accept-Language: \"{0}\"")
    @ValueSource(strings = {";", ",", ";q=", "es;q=abc", "*;q=2", "en-", "=;,,", "xx;q=0.5, ;q=1"})
    void junkAcceptLanguageStillGivesThePages(String header) throws Exception {
        for (String path : new String[] {"/id/person/ana-ejemplo", "/search?q=ana", "/", "/ontology", "/query", "/map",
                "/timeline", "/network", "/void", "/dumps/", "/reconcile"}) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(capped.base() + path))
                    .header("Accept", "text/html").header("Accept-Language", header).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path + ": " + r.body());
        }
    }

    @Test
    void constructIsBoundedByTheCapInTriples() throws Exception {
        // Three triples for every solution: a LIMIT on solutions alone would let 3 x CAP through.
        String q = FOAF + "CONSTRUCT { ?s ?p ?o . ?s foaf:a ?o . ?s foaf:b ?o } WHERE { ?s ?p ?o }";
        assertEquals(CAP, graph(capped, "/sparql?query=" + enc(q)).size());
    }

    @Test
    void describeIsBoundedByTheCapInTriples() throws Exception {
        String q = "DESCRIBE ?s WHERE { ?s ?p ?o }";
        assertTrue(graph(capped, "/sparql?query=" + enc(q)).size() <= CAP);
    }

    @Test
    void theGraphStoreSendsNoGraphLargerThanTheCap() throws Exception {
        HttpResponse<String> r = getText(capped, "/data?graph=" + enc("https://w3id.org/cmi-kg/graph/ontology"), "text/turtle");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body().length() + " bytes");
        assertTrue(r.body().contains("/dumps/"), r.body());
        HttpResponse<String> all = getText(capped, "/data", "application/n-quads");
        assertTrue(all.statusCode() >= 400 && all.statusCode() < 500, all.statusCode() + " " + all.body().length() + " bytes");
    }

    @Test
    void theGraphStoreIsReadable() throws Exception {
        Graph g = graph(wide, "/data?graph=" + enc("https://w3id.org/cmi-kg/graph/people"));
        assertFalse(g.find(org.apache.jena.graph.NodeFactory.createURI(PERSON), null, null).toList().isEmpty());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        Graph g = graph(wide, "/data?default");
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(PERSON), null, null), "triples: " + g.size());
    }

    @Test
    void headOnTheQueryEndpointIsAnswered() throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(capped.base()
                + "/sparql?query=" + enc("ASK {}"))).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, r.statusCode());
    }

    @Test
    void constructAsRdfXmlByTheFormatParameter() throws Exception {
        String q = FOAF + "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }";
        HttpResponse<byte[]> r = get(capped, "/sparql?format=rdf%2Bxml&query=" + enc(q), "*/*");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.RDFXML).parse(g);
        assertEquals(1, g.size());
    }

    @Test
    void aTableFormatForAGraphIsAClientError() throws Exception {
        String q = FOAF + "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }";
        HttpResponse<String> r = getText(capped, "/sparql?format=text/csv&query=" + enc(q), "*/*");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + ": " + r.body());
        assertFalse(r.body().isBlank());
    }

    @Test
    void theVoidDescriptionIgnoresTheHostHeader() throws Exception {
        // Host is a restricted header for java.net.http; a raw socket sends what an attacker would.
        try (var socket = new java.net.Socket("localhost", capped.server().port())) {
            socket.getOutputStream().write(("GET /void HTTP/1.1\r\nHost: attacker.example\r\nAccept: text/turtle\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response.lines().findFirst().orElse(""));
            assertFalse(response.contains("attacker.example"), "the description names the client's Host");
        }
    }

    @Test
    void clientErrorsLeaveNoStackTraceInTheLog() throws Exception {
        // slf4j-simple looks System.err up on every message: what the server logs while these run is caught here.
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            String[] bad = {
                "SELECT * {" + " OPTIONAL {".repeat(2000) + " ?s ?p ?o " + "}".repeat(2000) + "}",
                "SELECT * {" + " {} UNION".repeat(6000) + " {} }",
                "SELECT * { ?s ?p \"" + "a".repeat(200_000) + "\" }",
                "PREFIX x: <java:java.lang.> SELECT (x:System() AS ?v) {}",
                "SELECT * { ?s ?p ?o ",
                "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"};
            for (String q : bad) {
                HttpResponse<String> r = post(capped, "application/sparql-query", HttpRequest.BodyPublishers.ofString(q));
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + ": " + r.body());
            }
            for (String path : new String[] {"/sparql?query=%FF", "/sparql?format=text/csv&query="
                    + enc("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), "/search?q=%C3%28", "/id/person/%00", "/id/../../etc/passwd",
                    "/export?view=no-such-view", "/reconcile?queries=" + enc("{not json")}) {
                HttpResponse<String> r = getText(capped, path, "*/*");
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode() + ": " + r.body());
            }
        } finally {
            System.setErr(stderr);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertFalse(logged.contains("\tat ") || logged.contains("Exception"), "client errors logged a stack trace:\n"
                + logged.lines().limit(20).collect(java.util.stream.Collectors.joining("\n")));
    }

    private static Graph graph(RunningServer s, String path) throws Exception {
        HttpResponse<byte[]> r = get(s, path, "application/n-triples");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(g);
        return g;
    }

    private static HttpResponse<byte[]> get(RunningServer s, String path, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> getText(RunningServer s, String path, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(RunningServer s, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base() + "/sparql"))
                .header("Content-Type", contentType).header("Accept", "text/csv").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
