package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.cmikg.model.Iris;
import org.cmikg.store.Store;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports stream: {@code cmi export --view deployments-events --format gexf} over a synthetic store with hundreds of
 * times the bundled deployments and their prompting events runs in a separate JVM whose heap is capped
 * at {@value #HEAP}, and writes every edge the view's SPARQL counts on that store. Holding the result (each edge
 * a binding of ten RDF terms, each node with its label) would need several times that heap. The test prints the
 * figures (edges, nodes, seconds, file size); it asserts completeness, not speed.
 */
class StreamingExportTest {
    private static final String HEAP = "-Xmx80m";
    /**
     * Synthetic deployments; each is prompted by one of {@link #EVENTS} events. On the bundled data the view has
     * about 100 edges, so this is about 300 times its size.
     */
    private static final int DEPLOYMENTS = 30_000;
    private static final int EVENTS = 5_000;

    @TempDir Path tmp;

    @Test
    void aThousandfoldViewExportsInABoundedHeap() throws Exception {
        Store store = Store.at(tmp.resolve("store"));
        store.rebuild("synthetic", StreamingExportTest::synthetic, dsg -> { });
        long expected = expectedEdges(store);

        Path out = tmp.resolve("out.gexf");
        Path err = tmp.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "org.cmikg.cli.Cmi", "export", "--store", store.dir().toString(), "--views", "views",
                "--view", "deployments-events", "--format", "gexf"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the export did not finish");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, p.exitValue(), "export in " + HEAP + " failed: " + Files.readString(err));

        long edges = 0;
        long nodes = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            char[] buf = new char[1 << 16];
            String carry = "";
            int n;
            while ((n = r.read(buf)) > 0) {
                String chunk = carry + new String(buf, 0, n);
                edges += occurrences(chunk, "<edge ");
                nodes += occurrences(chunk, "<node ");
                carry = chunk.substring(Math.max(0, chunk.length() - 6));
                edges -= occurrences(carry, "<edge ");
                nodes -= occurrences(carry, "<node ");
            }
            edges += occurrences(carry, "<edge ");
            nodes += occurrences(carry, "<node ");
        }
        System.out.printf("streaming export: %d edges, %d nodes, %.1f MB of GEXF in %.1f s with %s%n",
                edges, nodes, Files.size(out) / 1e6, seconds, HEAP);
        assertEquals(expected, edges, "every edge the view's SPARQL returns");
        assertEquals(DEPLOYMENTS + EVENTS, nodes, "every deployment and event once");
    }

    private static long occurrences(String s, String what) {
        long n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    /** What the view's own SPARQL counts on the synthetic store. */
    private static long expectedEdges(Store store) {
        DatasetGraph dsg = store.openCurrent();
        try {
            String view = View.find(Path.of("views"), "deployments-events").orElseThrow().text();
            return Txn.calculateRead(dsg, () -> {
                try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(view)).build()) {
                    long n = 0;
                    var rows = exec.select();
                    while (rows.hasNext()) { rows.next(); n++; }
                    return n;
                }
            });
        } finally {
            Store.close(dsg);
        }
    }

    /** Deployments with labels, dates and a source, each prompted by an event, streamed into the store. */
    private static long synthetic(StreamRDF sink) {
        Iris iris = Iris.DEFAULT;
        Node g = iris.graph("synthetic");
        Node source = iris.entity("source", "synthetic-source");
        long quads = 0;
        for (int e = 0; e < EVENTS; e++) {
            Node ev = iris.entity("event", "synthetic-event-" + e);
            sink.quad(Quad.create(g, ev, Ext.type, CMI.Event));
            sink.quad(Quad.create(g, ev, Ext.label, NodeFactory.createLiteralLang("Synthetic event " + e, "en")));
            quads += 2;
        }
        for (int d = 0; d < DEPLOYMENTS; d++) {
            Node dep = iris.entity("deployment", "synthetic-deployment-" + d);
            String day = (1960 + d % 60) + "-0" + (1 + d % 9) + "-1" + (d % 10);
            sink.quad(Quad.create(g, dep, Ext.type, CMI.Deployment));
            sink.quad(Quad.create(g, dep, Ext.label, NodeFactory.createLiteralLang("Synthetic deployment " + d, "en")));
            sink.quad(Quad.create(g, dep, CMI.promptedBy, iris.entity("event", "synthetic-event-" + (d % EVENTS))));
            sink.quad(Quad.create(g, dep, CMI.start, NodeFactory.createLiteralDT(day, XSDDatatype.XSDstring)));
            sink.quad(Quad.create(g, dep, CMI.startEarliest, NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate)));
            sink.quad(Quad.create(g, dep, CMI.startLatest, NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate)));
            sink.quad(Quad.create(g, dep, Ext.wasDerivedFrom, source));
            quads += 7;
        }
        return quads;
    }
}
