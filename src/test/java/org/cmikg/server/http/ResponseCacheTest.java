package org.cmikg.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.zip.GZIPInputStream;

import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repeated requests answered from memory, ETags and 304, HEAD and gzip, on the real server over HTTP. */
class ResponseCacheTest {
    private static final Path DATA = TestData.FIXTURES.resolve("golden/every-record-type/data");
    /** PREFIX foaf: &lt;http://xmlns.com/foaf/0.1/&gt; SELECT ?name WHERE { ?p foaf:name ?name } */
    private static final String NAMES = "/sparql?query=PREFIX%20foaf%3A%20%3Chttp%3A%2F%2Fxmlns.com%2Ffoaf%2F0.1%2F%3E%20SELECT%20%3Fname%20WHERE%20%7B%20%3Fp%20foaf%3Aname%20%3Fname%20%7D";
    private static final String JSON = "application/sparql-results+json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() { server = RunningServer.start(tmp.resolve("b1"), DATA, b -> b.build("b1", null)); }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void aRepeatedQueryIsAnsweredFromMemoryWithTheSameBytes() throws Exception {
        String url = NAMES + "&repeat=1";
        HttpResponse<byte[]> first = send(server, "GET", url, JSON, null, null);
        HttpResponse<byte[]> second = send(server, "GET", url, JSON, null, null);
        assertEquals(200, first.statusCode());
        assertEquals("miss", header(first, ResponseCache.CACHE_STATUS));
        assertEquals("hit", header(second, ResponseCache.CACHE_STATUS));
        assertArrayEquals(first.body(), second.body());
        assertTrue(new String(second.body(), StandardCharsets.UTF_8).contains("Ana Ejemplo"));
        assertEquals(header(first, "Content-Type"), header(second, "Content-Type"));
        assertEquals(header(first, "ETag"), header(second, "ETag"));
    }

    @Test
    void anotherFormatIsAnotherAnswer() throws Exception {
        String url = NAMES + "&formats=1";
        send(server, "GET", url, JSON, null, null);
        HttpResponse<byte[]> csv = send(server, "GET", url, "text/csv", null, null);
        assertEquals("miss", header(csv, ResponseCache.CACHE_STATUS));
        assertTrue(header(csv, "Content-Type").startsWith("text/csv"));
        assertEquals("name\r\nAna Ejemplo\r\n", new String(csv.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aKeptAnswerKeepsTheHeadersItsPageSet() throws Exception {
        String url = "/reconcile/preview?id=person/ana-ejemplo";
        HttpResponse<byte[]> first = send(server, "GET", url, "text/html", null, null);
        HttpResponse<byte[]> second = send(server, "GET", url, "text/html", null, null);
        assertEquals("hit", header(second, ResponseCache.CACHE_STATUS));
        for (HttpResponse<byte[]> r : java.util.List.of(first, second)) {
            assertEquals(null, header(r, "X-Frame-Options"), "the preview card may be framed");
            assertTrue(header(r, "Content-Security-Policy").contains("frame-ancestors *"));
        }
    }

    @Test
    void theETagOfAnAnswerGetsNotModified() throws Exception {
        HttpResponse<byte[]> page = send(server, "GET", "/id/person/ana-ejemplo", "text/html", null, null);
        String etag = header(page, "ETag");
        assertTrue(etag != null && etag.startsWith("\""), "ETag: " + etag);
        HttpResponse<byte[]> again = send(server, "GET", "/id/person/ana-ejemplo", "text/html", etag, null);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));
        HttpResponse<byte[]> turtle = send(server, "GET", "/id/person/ana-ejemplo", "text/turtle", etag, null);
        assertEquals(200, turtle.statusCode(), "another format has another tag");
    }

    @Test
    void anotherBuildHasOtherTags() throws Exception {
        String etag = header(send(server, "GET", NAMES, JSON, null, null), "ETag");
        try (RunningServer next = RunningServer.start(tmp.resolve("b2"), DATA, b -> b.build("b2", null))) {
            HttpResponse<byte[]> r = send(next, "GET", NAMES, JSON, etag, null);
            assertEquals(200, r.statusCode(), "a tag of the old build is not valid for the new one");
            assertNotEquals(etag, header(r, "ETag"));
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("Ana Ejemplo"));
        }
    }

    @ParameterizedTest(name = "HEAD {0}")
    @ValueSource(strings = {"/", "/id/person/ana-ejemplo", "/void", "/ontology", "/static/yasgui.min.js", "/query", "/dumps/",
            NAMES + "&head=1"})
    void headGivesTheHeadersOfGetWithoutTheBody(String path) throws Exception {
        HttpResponse<byte[]> head = send(server, "HEAD", path, "*/*", null, null);
        HttpResponse<byte[]> get = send(server, "GET", path, "*/*", null, null);
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(Long.toString(get.body().length), header(head, "Content-Length"));
        assertEquals(header(get, "Content-Type"), header(head, "Content-Type"));
        assertEquals(header(get, "ETag"), header(head, "ETag"));
    }

    @ParameterizedTest(name = "Cache-Control on {0}")
    @ValueSource(strings = {"/", "/id/person/ana-ejemplo", "/void", "/ontology", "/query", "/search?q=ana", "/dumps/", "/timeline", NAMES})
    void everyGetRouteSaysHowLongItMayBeKept(String path) throws Exception {
        HttpResponse<byte[]> r = send(server, "GET", path, "*/*", null, null);
        assertEquals(200, r.statusCode());
        assertEquals(ResponseCache.CACHE_CONTROL, header(r, "Cache-Control"));
        assertTrue(header(r, "Vary").contains("Accept"), header(r, "Vary"));
    }

    @Test
    void largeAnswersAreGzippedForClientsThatAsk() throws Exception {
        HttpResponse<byte[]> plain = send(server, "GET", "/id/person/ana-ejemplo", "text/html", null, null);
        HttpResponse<byte[]> page = send(server, "GET", "/id/person/ana-ejemplo", "text/html", null, "gzip");
        assertEquals(null, header(plain, "Content-Encoding"));
        assertEquals("gzip", header(page, "Content-Encoding"));
        assertTrue(page.body().length < plain.body().length, page.body().length + " bytes");
        assertArrayEquals(plain.body(), gunzip(page.body()));
        assertTrue(new String(gunzip(page.body()), StandardCharsets.UTF_8).contains("Ana Ejemplo"));
    }

    @Test
    void errorsAreNeitherKeptNorTagged() throws Exception {
        HttpResponse<byte[]> first = send(server, "GET", "/id/person/nobody-here", "text/html", null, null);
        HttpResponse<byte[]> second = send(server, "GET", "/id/person/nobody-here", "text/html", null, null);
        assertEquals(404, second.statusCode());
        assertEquals(null, header(first, "ETag"));
        assertEquals("miss", header(second, ResponseCache.CACHE_STATUS));
        assertEquals("no-store", header(second, "Cache-Control"));
    }

    @Test
    void queriesThatCallAnotherEndpointAreNotKept() throws Exception {
        String url = "/sparql?query=" + URLEncoder.encode(
                "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = send(server, "GET", url, JSON, null, null);
        assertEquals("no-store", header(r, "Cache-Control"));
        assertEquals(null, header(r, "ETag"));
        assertFalse("hit".equals(header(send(server, "GET", url, JSON, null, null), ResponseCache.CACHE_STATUS)));
    }

    private static HttpResponse<byte[]> send(RunningServer s, String method, String path, String accept, String ifNoneMatch,
            String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", accept);
        if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
        if (acceptEncoding != null) b.header("Accept-Encoding", acceptEncoding);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(null); }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
