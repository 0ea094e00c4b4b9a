package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.TestData;
import org.cmikg.load.Loader;
import org.cmikg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures counted when a build is made are the store's, and a server shows them without counting again. */
class BuildFactsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path tmp;
    static Store store;
    static DatasetGraph dsg;

    @BeforeAll
    static void build() {
        store = Store.at(tmp.resolve("store"));
        Loader loader = Loader.create(TestData.FIXTURES.resolve("golden/every-record-type/data"), TestData.ONTOLOGY);
        store.rebuild("test", sink -> loader.load(sink).quads(), d -> { }, (d, dir) -> BuildFacts.count(d).write(dir));
        dsg = store.openCurrent();
    }

    @AfterAll
    static void close() { Store.close(dsg); }

    @Test
    void theKeptFiguresAreWhatTheStoreHolds() {
        BuildFacts kept = BuildFacts.read(store.currentBuild()).orElseThrow();
        BuildFacts now = BuildFacts.count(dsg);
        assertEquals(now.graphSizes(), kept.graphSizes());
        assertEquals(now.classEntities(), kept.classEntities());
        long quads = Txn.calculateRead(dsg, () -> dsg.stream().filter(q -> !q.isDefaultGraph()).count());
        assertEquals(quads, kept.graphSizes().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(kept.records("Person") > 0 && kept.records("Person") == now.records("Person"));
    }

    @Test
    void aServerGivenTheFiguresShowsThemAndCountsNothing() throws Exception {
        Path build = store.currentBuild();
        String kept = Files.readString(build.resolve(BuildFacts.FILE));
        assertTrue(kept.contains("kind\\ Person=1"), kept);
        Path altered = tmp.resolve("altered");
        Files.createDirectories(altered);
        Files.writeString(altered.resolve(BuildFacts.FILE), kept.replace("kind\\ Person=1", "kind\\ Person=424242"));
        CmiServer counted = CmiServer.create().dataset(dsg).textIndex(store.currentTextIndex()).port(0).build().start();
        CmiServer given = CmiServer.create().dataset(dsg).textIndex(store.currentTextIndex()).port(0).facts(BuildFacts.read(altered).orElseThrow()).build().start();
        try {
            assertTrue(landing(counted).contains("type=Person&amp;q=\">1</a>"), "counted at start-up: one person");
            assertTrue(landing(given).contains("type=Person&amp;q=\">424242</a>"), "the figure of the file, not a new count");
            assertEquals(page(counted, "/void"), page(given, "/void"));
        } finally {
            counted.stop();
            given.stop();
        }
    }

    private static String landing(CmiServer s) throws Exception { return page(s, "/"); }

    private static String page(CmiServer s, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body().replace("localhost:" + s.port(), "localhost");
    }
}
