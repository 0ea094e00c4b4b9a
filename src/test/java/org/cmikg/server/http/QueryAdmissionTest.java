package org.cmikg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One query at a time on a real server: the next waits, then is refused with a 503 it can act on; pages never wait. */
class QueryAdmissionTest {
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String NAMES = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name WHERE { ?p foaf:name ?name }";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(tmp, TestData.FIXTURES.resolve("golden/every-record-type/data"),
                b -> b.queryTimeout(Duration.ofSeconds(6)).concurrentQueries(1, Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void whileOneQueryRunsTheNextIsRefusedWithRetryAfterAndPagesAndKeptAnswersStillCome() throws Exception {
        HttpResponse<String> kept = query(NAMES);
        assertEquals(200, kept.statusCode(), kept.body());
        CompletableFuture<HttpResponse<String>> heavy = HttpClient.newHttpClient().sendAsync(request("/sparql?query=" + enc(HEAVY)), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = null;
        for (int attempt = 0; refused == null && !heavy.isDone(); attempt++) {
            HttpResponse<String> r = query(NAMES + " # attempt " + attempt);
            if (r.statusCode() == 503) refused = r;
            else assertEquals(200, r.statusCode(), r.body());
            if (refused == null) Thread.sleep(100);
        }
        assertTrue(refused != null, "no query was refused while the heavy one ran");
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.body().contains("busy") && refused.body().contains("Try again"), refused.body());
        assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(!heavy.isDone(), "the heavy query was still running");
        long start = System.nanoTime();
        HttpResponse<String> page = HTTP.send(request("/id/person/ana-ejemplo"), HttpResponse.BodyHandlers.ofString());
        long pageMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, page.statusCode());
        HttpResponse<String> again = query(NAMES);
        assertEquals(200, again.statusCode());
        assertEquals("hit", again.headers().firstValue(ResponseCache.CACHE_STATUS).orElse(""));
        assertTrue(!heavy.isDone(), "the page and the kept answer came while the heavy query still ran");
        System.out.printf("admission: entity page in %d ms while the only query turn was taken%n", pageMillis);
        assertEquals(503, heavy.get().statusCode(), "the heavy query ends by its timeout");
        HttpResponse<String> after = query(NAMES + " # after");
        assertEquals(200, after.statusCode(), "the turn is given back after a timeout: " + after.body());
    }

    private static HttpResponse<String> query(String q) throws Exception {
        return HTTP.send(request("/sparql?query=" + enc(q)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(server.base() + path)).header("Accept", "text/csv, text/html;q=0.9").build();
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
