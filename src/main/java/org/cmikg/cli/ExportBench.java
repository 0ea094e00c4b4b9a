package org.cmikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cmikg.store.Store;

/**
 * {@code cmi bench --export N}: builds a store of N synthetic deployments ({@link SyntheticDeployments}), runs
 * {@code cmi export --view deployments-events --format gexf} on it in a separate JVM with a capped heap, and prints
 * the figures: edges and nodes written (counted in the file, against what the generator made), the file's size,
 * the time, and the most heap in use after any garbage collection (from the JVM's GC log), against the cap.
 */
final class ExportBench {
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    private ExportBench() {}

    /** Returns true when the export finished and wrote every node and edge. */
    static boolean run(int deployments, String heap, Path views, PrintWriter out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cmi-bench-export");
        Store store = Store.at(dir.resolve("store"));
        try {
            SyntheticDeployments synthetic = new SyntheticDeployments(deployments);
            long t0 = System.nanoTime();
            synthetic.build(store);
            out.printf("synthetic store: %d deployments, %d events in %.1f s%n", deployments, synthetic.events(), (System.nanoTime() - t0) / 1e9);
            out.flush();
            Path gexf = dir.resolve("export.gexf");
            Path err = dir.resolve("export.err");
            Path gcLog = dir.resolve("gc.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long t1 = System.nanoTime();
            Process p = new ProcessBuilder(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog,
                    "-cp", System.getProperty("java.class.path"), Cmi.class.getName(), "export", "--store", store.dir().toString(),
                    "--views", views.toString(), "--view", "deployments-events", "--format", "gexf")
                    .redirectOutput(gexf.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(2, TimeUnit.HOURS)) p.destroyForcibly();
            double seconds = (System.nanoTime() - t1) / 1e9;
            if (p.exitValue() != 0) {
                out.printf("export failed (exit %d) in %.1f s with a %s heap: %s%n", p.exitValue(), seconds, heap, Files.readString(err).strip());
                return false;
            }
            long[] counts = SyntheticDeployments.nodesAndEdges(gexf);
            out.printf("export: %d of %d edges, %d of %d nodes, %.1f MB of GEXF in %.1f s (%.0f edges/s)%n", counts[1], synthetic.edges(),
                    counts[0], synthetic.nodes(), Files.size(gexf) / 1e6, seconds, counts[1] / seconds);
            out.printf("heap: at most %d MB in use after a collection, of the %s cap%n", peakAfterGc(gcLog), heap);
            return counts[0] == synthetic.nodes() && counts[1] == synthetic.edges();
        } finally {
            store.deleteAll();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The largest heap size after a collection in a {@code -Xlog:gc} log ({@code 40M->12M(64M)}), in MB. */
    private static long peakAfterGc(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = AFTER_GC.matcher(line);
            while (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }
}
