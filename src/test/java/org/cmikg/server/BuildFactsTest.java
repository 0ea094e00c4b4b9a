package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.cmikg.TestData;
import org.cmikg.export.DumpFormat;
import org.cmikg.load.Loader;
import org.cmikg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures counted when a build is made are the store's, and a server shows them without counting again: the
 * landing page's figures and stories, {@code /about}, {@code /void}, and each dump's length and checksum.
 */
class BuildFactsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path tmp;
    static Store store;
    static DatasetGraph dsg;

    @BeforeAll
    static void build() {
        store = Store.at(tmp.resolve("store"));
        Loader loader = Loader.create(TestData.FIXTURES.resolve("golden/every-record-type/data"), TestData.ONTOLOGY);
        store.rebuild("test", sink -> loader.load(sink).quads(), d -> { }, (d, dir) -> BuildFacts.derive(d, TestData.QUERIES.resolve("quality")).write(dir));
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
            Graph countedVoid = turtle(page(counted, "/void"));
            Graph givenVoid = turtle(page(given, "/void"));
            countedVoid.find().forEach(t -> assertTrue(givenVoid.contains(t), "the same description: " + t));
            assertTrue(givenVoid.size() > countedVoid.size(), "and the dumps' lengths and checksums, which only a build carries");
        } finally {
            counted.stop();
            given.stop();
        }
    }

    @Test
    void theStoriesAndTheAboutFiguresComeFromTheBuild() throws Exception {
        Path build = store.currentBuild();
        String kept = Files.readString(build.resolve(BuildFacts.FILE));
        String about = Files.readString(build.resolve(BuildFacts.ABOUT_FILE));
        assertTrue(kept.contains("story\\ hostCountries=") && about.contains("\"hostCountries\":"), kept);
        Path altered = tmp.resolve("altered-stories");
        Files.createDirectories(altered);
        Files.writeString(altered.resolve(BuildFacts.FILE), kept.replaceAll("story\\\\ hostCountries=\\d+", "story\\\\ hostCountries=515151"));
        Files.writeString(altered.resolve(BuildFacts.ABOUT_FILE), about.replaceAll("\"deployments\":\\d+", "\"deployments\":616161"));
        CmiServer given = CmiServer.create().dataset(dsg).textIndex(store.currentTextIndex()).port(0).facts(BuildFacts.read(altered).orElseThrow()).build().start();
        try {
            assertTrue(landing(given).contains(">515151</a>"), "the host countries of the file, not a new count");
            assertTrue(page(given, "/about").contains("data-figure=\"deployments\">616161<"), "the /about figures of the file");
        } finally {
            given.stop();
        }
    }

    @Test
    void eachDumpIsServedWithTheLengthAndChecksumCountedAtLoad() throws Exception {
        BuildFacts kept = BuildFacts.read(store.currentBuild()).orElseThrow();
        assertEquals(DumpFormat.values().length, kept.dumps().size());
        CmiServer server = CmiServer.create().dataset(dsg).textIndex(store.currentTextIndex()).port(0).facts(kept).build().start();
        try {
            String index = page(server, "/dumps/");
            String voidTtl = page(server, "/void");
            for (DumpFormat f : DumpFormat.values()) {
                HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/dumps/"
                        + f.fileName())).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode());
                DumpFormat.Digest digest = kept.dumps().get(f);
                assertEquals(digest.bytes(), r.body().length, f + ": the length counted at load");
                assertEquals(Long.toString(digest.bytes()), r.headers().firstValue("Content-Length").orElse(""));
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())), digest.sha256(),
                        f + ": the bytes hashed at load");
                assertTrue(index.contains(digest.sha256()) && index.contains(digest.bytes() + " bytes"), index);
                assertTrue(voidTtl.contains("\"" + digest.sha256() + "\"^^xsd:hexBinary") && voidTtl.contains("dcat:byteSize"), voidTtl);
            }
        } finally {
            server.stop();
        }
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    private static String landing(CmiServer s) throws Exception { return page(s, "/"); }

    private static String page(CmiServer s, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body().replace("localhost:" + s.port(), "localhost");
    }
}
