package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cmikg.cli.SyntheticDeployments;
import org.cmikg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports stream, and the heap they need does not grow with the export: {@code cmi export --view deployments-events
 * --format gexf} runs in a separate JVM whose heap is capped at {@value #HEAP}, over a synthetic store of
 * {@value #SMALL} deployments and over one of {@value #LARGE} (about ten and three hundred times the view's 98 edges
 * on the bundled records), and each writes every node and edge the generator made, counted by a streaming XML parse.
 * Before TDB2's node caches were bounded for exports, the larger export ran out of memory in this heap (and an
 * export of 100,000 edges in an 80 MB one). The test prints the figures (edges, nodes, seconds, file size); it
 * asserts completeness under the bound, not speed. {@code cmi bench --export N} measures larger exports (the
 * thousandfold one takes minutes, too long for every build).
 */
class StreamingExportTest {
    private static final String HEAP = "-Xmx32m";
    private static final int SMALL = 1_000;
    private static final int LARGE = 30_000;

    @TempDir Path tmp;

    @Test
    void smallAndLargeExportsRunInTheSameSmallHeap() throws Exception {
        for (int deployments : List.of(SMALL, LARGE)) {
            SyntheticDeployments synthetic = new SyntheticDeployments(deployments);
            Store store = Store.at(tmp.resolve("store-" + deployments));
            synthetic.build(store);
            Path out = tmp.resolve("out-" + deployments + ".gexf");
            Path err = tmp.resolve("err-" + deployments + ".txt");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                    "org.cmikg.cli.Cmi", "export", "--store", store.dir().toString(), "--views", "views",
                    "--view", "deployments-events", "--format", "gexf")
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("the export of " + deployments + " deployments did not finish");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(0, p.exitValue(), "export of " + deployments + " deployments in " + HEAP + " failed: " + Files.readString(err));
            long[] counts = SyntheticDeployments.nodesAndEdges(out);
            System.out.printf("streaming export: %d edges, %d nodes, %.1f MB of GEXF in %.1f s with %s%n",
                    counts[1], counts[0], Files.size(out) / 1e6, seconds, HEAP);
            assertEquals(synthetic.nodes(), counts[0], "every deployment and event once");
            assertEquals(synthetic.edges(), counts[1], "one edge per deployment");
            store.deleteAll();
            Files.delete(out);
        }
    }
}
