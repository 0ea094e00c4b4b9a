package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editor's scripts and styles over real HTTP: gzip for clients that accept it (the decompressed bytes are the
 * file's), kept for a year at the address the page links (which names the content), revalidated by ETag at a
 * plain name (issue 9).
 */
class StaticFilesTest {
    private static final Path OURS = Path.of("src/main/resources/org/cmikg/server/static");
    private static final Path YASGUI = Path.of("target/npm/yasgui/package/build");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() { server = RunningServer.start(tmp, TestData.FIXTURES.resolve("golden/every-record-type/data"), b -> b); }

    @AfterAll
    static void stop() { server.close(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"yasgui.min.js, text/javascript", "yasgui.min.css, text/css", "editor.js, text/javascript", "chart.js, text/javascript"})
    void theEditorPageLinksEachFileAtAnAddressKeptForAYearAndSentCompressed(String name, String type) throws Exception {
        String page = new String(get("/query", null, null).body(), StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("\"(/static/" + Pattern.quote(name) + "\\?v=[0-9a-f]+)\"").matcher(page);
        assertTrue(link.find(), "the editor page links " + name + " with its hash");

        HttpResponse<byte[]> zipped = get(link.group(1), "gzip, deflate", null);
        assertEquals(200, zipped.statusCode());
        assertTrue(header(zipped, "Content-Type").startsWith(type), header(zipped, "Content-Type"));
        assertEquals("gzip", header(zipped, "Content-Encoding"));
        assertEquals("public, max-age=31536000, immutable", header(zipped, "Cache-Control"));
        assertTrue(header(zipped, "Vary").contains("Accept-Encoding"));
        byte[] file = Files.readAllBytes((name.startsWith("yasgui") ? YASGUI : OURS).resolve(name));
        assertArrayEquals(file, gunzip(zipped.body()), "the decompressed body is the file");
        assertTrue(zipped.body().length < file.length * 0.6, zipped.body().length + " of " + file.length + " bytes");

        HttpResponse<byte[]> plain = get(link.group(1), null, null);
        assertEquals(null, header(plain, "Content-Encoding"), "no gzip for a client that does not ask");
        assertArrayEquals(file, plain.body());
        assertNotEquals(header(plain, "ETag"), header(zipped, "ETag"), "two representations, two tags");
    }

    @Test
    void aPlainNameIsRevalidatedByItsETag() throws Exception {
        HttpResponse<byte[]> first = get("/static/yasgui.min.js", "gzip", null);
        assertEquals("no-cache", header(first, "Cache-Control"));
        String etag = header(first, "ETag");
        assertTrue(etag != null && etag.startsWith("\""), "ETag: " + etag);

        HttpResponse<byte[]> again = get("/static/yasgui.min.js", "gzip", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));

        HttpResponse<byte[]> outdated = get("/static/yasgui.min.js?v=0123456789", null, null);
        assertEquals(200, outdated.statusCode());
        assertEquals("no-cache", header(outdated, "Cache-Control"), "an address naming other content is not kept for a year");
        assertEquals(404, get("/static/../static/yasgui.min.js.map", null, null).statusCode());
    }

    @Test
    void aHeadRequestGivesTheHeadersOfGetWithoutTheBody() throws Exception {
        String url = StaticFiles.url("editor.js");
        HttpResponse<byte[]> get = get(url, "gzip", null);
        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(Long.toString(get.body().length), header(head, "Content-Length"));
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        assertEquals(header(get, "Cache-Control"), header(head, "Cache-Control"));
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path));
        if (acceptEncoding != null) b.header("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(null); }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
