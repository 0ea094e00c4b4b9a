package org.cmikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.export.network.View;
import org.cmikg.model.QueryFile;
import org.cmikg.server.BuildFacts;
import org.cmikg.server.CmiServer;
import org.cmikg.server.federation.FederationPolicy;
import org.cmikg.store.BuildInfo;
import org.cmikg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: landing page at /, SPARQL at /sparql, read-only Graph Store at /data.",
                "By default the store is (re)built first when it is missing or older than the records."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "3:the records have problems (nothing was served)",
                "4:the store is missing or held by another process", "6:the port is in use"})
final class ServeCommand implements Callable<Integer> {

    /** When to rebuild the store before serving. */
    enum LoadPolicy { auto, always, never }

    @Spec CommandSpec spec;
    @Mixin DataOptions data;
    @Mixin StoreOptions store;

    int port;
    long timeoutSeconds;
    long maxRows;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on, 0 to 65535 (0 picks a free one). Default: ${DEFAULT-VALUE}")
    void port(int value) { port = (int) inRange("--port", value, 0, 65535, "0 picks a free port"); }

    @Option(names = "--public", description = "Listen on all network interfaces, not only localhost.")
    boolean publicBind;

    String publicUrl;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address clients reach this server at, written into /void (e.g. https://cmi-kg.example.org). "
                    + "Default: http://localhost:PORT")
    void publicUrl(String value) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--public-url: '" + value + "' is not a URL; write it like https://cmi-kg.example.org");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--public-url: '" + value + "' is not an http(s) URL; write it like https://cmi-kg.example.org");
        }
        publicUrl = value.strip().replaceAll("/+$", "");
    }

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Stop queries that run longer than this (at least 1). Default: ${DEFAULT-VALUE}")
    void timeout(long value) { timeoutSeconds = inRange("--timeout", value, 1, 86_400, "a query cannot run without a time limit"); }

    @Option(names = "--max-rows", defaultValue = "100000", paramLabel = "N",
            description = "Return at most N solutions per query, at least 1 (a larger or missing LIMIT is lowered). Default: ${DEFAULT-VALUE}")
    void maxRows(long value) { maxRows = inRange("--max-rows", value, 1, Long.MAX_VALUE, "every query returns at most this many rows"); }

    private long inRange(String option, long value, long min, long max, String why) {
        return OptionRange.check(spec, option, value, min, max, why);
    }

    @Option(names = "--cache-mb", defaultValue = "64", paramLabel = "MB",
            description = "Memory for answers kept to answer repeated requests (0 keeps none; ETags still work). Default: ${DEFAULT-VALUE}")
    void cacheMb(long value) { cacheMb = inRange("--cache-mb", value, 0, 1 << 20, "the memory the server may use for kept answers"); }

    long cacheMb;

    int concurrentQueries;

    @Option(names = "--concurrent-queries", paramLabel = "N", defaultValue = "0",
            description = "Run at most N queries at once on /sparql and /export; others wait up to 10 s, then get 503 with Retry-After "
                    + "(entity pages, search and repeated queries never wait). Default: the number of cores")
    void concurrentQueries(long value) {
        concurrentQueries = value == 0 ? Runtime.getRuntime().availableProcessors()
                : (int) inRange("--concurrent-queries", value, 1, 1024, "0 means one per core");
    }

    @Option(names = "--load", defaultValue = "auto", paramLabel = "WHEN",
            description = "Rebuild the store first: auto (when missing or the records changed), always, never. "
                    + "Default: ${DEFAULT-VALUE}")
    LoadPolicy load;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/queries",
            description = "Example queries offered in the editor (*.rq). Default: ${DEFAULT-VALUE}")
    Path queries;

    @Option(names = "--views", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/views",
            description = "Named network views offered at /export (*.rq). Default: ${DEFAULT-VALUE}")
    Path views;
    @Mixin FederationOptions services;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FederationPolicy federation = services.policy();
        Store s = store.open();
        Optional<BuildInfo> current = s.current();
        boolean rebuild = switch (load) {
            case always -> true;
            case never -> false;
            case auto -> current.isEmpty() || !current.get().fingerprint().equals(Rebuild.fingerprint(data));
        };
        if (rebuild) Rebuild.run(data, s, out);
        else current.ifPresent(b -> out.printf("store %s: build %s is up to date%n", s.dir(), b.name()));

        DatasetGraph dsg = s.openCurrent();
        CmiServer server;
        try {
            server = CmiServer.create().dataset(dsg).textIndex(s.currentTextIndex()).port(port).publicBind(publicBind).publicUrl(publicUrl)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).resultCap(maxRows).responseCache(cacheMb << 20)
                    .concurrentQueries(concurrentQueries, Duration.ofSeconds(10)).examples(QueryFile.list(queries))
                    .quality(queries.resolve("quality")).views(View.list(views))
                    .federation(federation).facts(BuildFacts.read(s.currentBuild()).orElse(null))
                    .build(s.current().map(BuildInfo::name).orElse("unknown"),
                            s.current().map(b -> b.built().toString()).orElse(null)).build().start();
        } catch (RuntimeException e) {
            Store.close(dsg);
            if (ExitCodes.isBindFailure(e)) {
                throw new ServerStartException("port " + port + " is in use; stop what holds it or choose another with --port", e);
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            Store.close(dsg);
        }, "cmi-shutdown"));
        String host = publicBind ? "0.0.0.0" : "localhost";
        out.printf("cmi-kg is serving http://%s:%d/  (SPARQL: http://%s:%d%s)  Ctrl-C stops it.%n",
                host, server.port(), host, server.port(), CmiServer.SPARQL_PATH);
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    /** The server could not bind its port. */
    static final class ServerStartException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerStartException(String message, Throwable cause) { super(message, cause); }
    }
}
