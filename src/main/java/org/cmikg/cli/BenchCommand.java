package org.cmikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.cmikg.model.QueryFile;
import org.cmikg.server.federation.FederationPolicy;
import org.cmikg.store.BuildInfo;
import org.cmikg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure: build a fresh store from the records in a temporary directory (load time, quads per second), "
                + "then run every example query several times and print the median and slowest time of each, "
                + "and the heap in use. The figures depend on the machine; compare runs on the same one."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured", "1:with --export: the export failed or left something out",
                "3:the records have problems"})
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/queries",
            description = "Queries to time (*.rq). Default: ${DEFAULT-VALUE}")
    Path queries;

    @Option(names = "--repeat", defaultValue = "20", description = "Runs of each query after two warm-up runs, at least 1. Default: ${DEFAULT-VALUE}")
    void repeat(int value) { repeat = (int) OptionRange.check(spec, "--repeat", value, 1, 1_000_000, "a median needs a run"); }

    int repeat;

    @Option(names = "--export", paramLabel = "N",
            description = "Measure an export instead: the deployments-events view over a synthetic store of N deployments (N edges), "
                    + "exported as GEXF by 'cmi export' in a separate JVM whose heap is capped at --heap; prints the edges and "
                    + "nodes written against those made, the file's size, the time and the most heap in use after a collection.")
    void export(int value) { export = (int) OptionRange.check(spec, "--export", value, 1, 100_000_000, "N deployments, one edge each"); }

    Integer export;

    @Option(names = "--heap", defaultValue = "64m", description = "With --export: the export JVM's -Xmx (e.g. 64m, 2g). Default: ${DEFAULT-VALUE}")
    void heap(String value) {
        if (!value.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--heap must be a size as java -Xmx takes it (e.g. 64m or 2g), not " + value);
        }
        heap = value;
    }

    String heap;

    @Option(names = "--views", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/views",
            description = "With --export: the directory of named views. Default: ${DEFAULT-VALUE}")
    Path views;

    @Option(names = "--startup", description = "Measure start-up instead: start 'cmi serve --load never' on the store "
            + "(--store) in a separate JVM --repeat times and print the time to the first page and the first query answer, "
            + "and the CPU used by then. Build the store first with 'cmi load'.")
    boolean startup;

    @Option(names = "--starts", defaultValue = "5", description = "With --startup: how many times to start the server, at least 1. Default: ${DEFAULT-VALUE}")
    void starts(int value) { starts = (int) OptionRange.check(spec, "--starts", value, 1, 1000, "a figure needs a start"); }

    int starts;

    @Mixin StoreOptions store;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (startup) {
            StartupBench.run(store.store, starts, out);
            return ExitCodes.OK;
        }
        if (export != null) return ExportBench.run(export, heap, views, out) ? ExitCodes.OK : ExitCodes.SOFTWARE;
        Store scratch = Store.at(Files.createTempDirectory("cmi-bench"));
        try {
            long t0 = System.nanoTime();
            BuildInfo info = Rebuild.run(data, scratch, new PrintWriter(PrintWriter.nullWriter()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf("load: %d quads in %.2f s (%.0f quads/s, validation, inference and SHACL gate included)%n",
                    info.quads(), seconds, info.quads() / seconds);
            DatasetGraph dsg = scratch.openCurrent();
            try {
                out.printf("%-36s %6s %10s %10s%n", "query", "rows", "median ms", "max ms");
                for (QueryFile q : QueryFile.list(queries)) {
                    var query = QueryFactory.create(q.text());
                    if (FederationPolicy.callsService(query)) {
                        out.printf("%-36s skipped: calls another endpoint (SERVICE), not the store alone%n", q.name());
                        continue;
                    }
                    long[] rows = new long[1];
                    double[] ms = new double[repeat];
                    for (int i = -2; i < repeat; i++) {
                        long s = System.nanoTime();
                        rows[0] = Txn.calculateRead(dsg, () -> {
                            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                                long n = 0;
                                var it = exec.select();
                                while (it.hasNext()) { it.next(); n++; }
                                return n;
                            }
                        });
                        if (i >= 0) ms[i] = (System.nanoTime() - s) / 1e6;
                    }
                    Arrays.sort(ms);
                    out.printf("%-36s %6d %10.2f %10.2f%n", q.name(), rows[0], ms[ms.length / 2], ms[ms.length - 1]);
                }
            } finally {
                Store.close(dsg);
            }
            Runtime rt = Runtime.getRuntime();
            out.printf("heap in use: %d MB of %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            out.flush();
            return ExitCodes.OK;
        } finally {
            scratch.deleteAll();
        }
    }
}
