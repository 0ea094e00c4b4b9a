package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries asked again are answered from their kept parsed form ({@link ParsedQueries}) with the same results as the
 * first time, also when many requests share it at once; refusals and errors are not kept as answers. The server
 * keeps no answers here ({@code responseCache(0)}), so every request runs its query.
 */
class ParsedQueriesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label";

    @TempDir static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(tmp, TestData.FIXTURES.resolve("golden/every-record-type/data"),
                b -> b.responseCache(0).resultCap(5));
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void aQueryAskedAgainGivesTheSameRowsAndKeepsTheResultCap() throws Exception {
        HttpResponse<String> first = query(LABELS);
        assertEquals(200, first.statusCode());
        assertEquals(1 + 5, first.body().strip().split("\r?\n").length, "header and the capped 5 rows: " + first.body());
        for (int i = 0; i < 3; i++) assertEquals(first.body(), query(LABELS).body());
        HttpResponse<String> limited = query(LABELS + " LIMIT 2");
        assertEquals(1 + 2, limited.body().strip().split("\r?\n").length, "another text, its own LIMIT: " + limited.body());
        assertTrue(first.body().startsWith(limited.body().strip()), "the same first rows");
    }

    @Test
    void requestsSharingAKeptQueryAtOnceGetTheSameRows() throws Exception {
        String expected = query(LABELS + " OFFSET 1").body();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 80; i++) answers.add(pool.submit(() -> query(LABELS + " OFFSET 1").body()));
            for (Future<String> a : answers) assertEquals(expected, a.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusalsAndSyntaxErrorsAreNotKeptAsQueries() throws Exception {
        String offList = "SELECT * { SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } }";
        for (int i = 0; i < 2; i++) {
            assertEquals(422, query(offList).statusCode(), "refused each time");
            HttpResponse<String> bad = query("SELECT * WHERE { ?s ?p }");
            assertEquals(400, bad.statusCode(), "a syntax error each time");
            assertTrue(bad.body().contains("Encountered"), bad.body());
            assertEquals(400, query("PREFIX j: <java:org.example.> SELECT * { BIND(j:f() AS ?x) }").statusCode());
        }
    }

    private static HttpResponse<String> query(String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    }
}
