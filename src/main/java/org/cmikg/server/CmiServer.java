package org.cmikg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.export.network.View;
import org.cmikg.model.QueryFile;
import org.cmikg.server.about.About;
import org.cmikg.server.about.AboutPage;
import org.cmikg.server.about.Stories;
import org.cmikg.server.catalog.Bibliography;
import org.cmikg.server.catalog.DatasetDescription;
import org.cmikg.server.catalog.Dumps;
import org.cmikg.server.catalog.VoidServlet;
import org.cmikg.server.editor.QueryEditor;
import org.cmikg.server.export.ExportServlet;
import org.cmikg.server.federation.FederationPolicy;
import org.cmikg.server.http.FormatNames;
import org.cmikg.server.http.LazyServlet;
import org.cmikg.server.http.JsonResultsWriter;
import org.cmikg.server.http.QueryAdmission;
import org.cmikg.server.http.RequestLimits;
import org.cmikg.server.http.ResponseCache;
import org.cmikg.server.http.SecurityHeaders;
import org.cmikg.server.linkeddata.EntityServlet;
import org.cmikg.server.ontology.OntologyDocs;
import org.cmikg.server.reconcile.ReconcileServlet;
import org.cmikg.server.search.Browse;
import org.cmikg.server.search.SearchServlet;
import org.cmikg.store.text.TextIndex;
import org.cmikg.server.views.MapPage;
import org.cmikg.server.views.NetworkPage;
import org.cmikg.server.views.TimelinePage;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * The cmi-kg SPARQL server: an embedded Fuseki over one dataset, safe by default.
 * <pre>{@code
 * CmiServer server = CmiServer.create().dataset(dsg).port(0).build().start();
 * int port = server.port();
 * server.stop();
 * }</pre>
 * Routes: {@code /} landing page, {@code /sparql} SPARQL query (GET and POST), {@code /data} Graph Store
 * Protocol, read only, {@code /id/...} entity pages with content negotiation, {@code /search} full-text search with facets, {@code /claims} the attributed claims, faceted,
 * {@code /query} the query editor with the example queries, {@code /static/...} its bundled scripts,
 * {@code /void} (and {@code /.well-known/void}) the VoID and DCAT description, {@code /dumps/} the whole dataset,
 * {@code /ontology} the ontology's documentation, {@code /export} networks of the named views or of a query,
 * {@code /timeline} deployments and events on a timeline, {@code /map} deployments by host country,
 * {@code /network} a view or query as a network,
 * {@code /reconcile} the W3C Reconciliation API 0.2 (for OpenRefine).
 * <p>
 * Safe by default: there is no update endpoint, so nothing can be changed over HTTP; queries stop after the
 * timeout and return at most the result cap; no more queries run at once than {@link QueryAdmission} admits, so pages
 * stay quick under heavy queries; {@code SERVICE} calls only the endpoints of the
 * {@link FederationPolicy} allow-list (Wikidata's query service by default), never a redirect, this machine or a
 * private network unless named on the list; the server listens on localhost unless {@link Builder#publicBind} is set; CORS answers any origin
 * but never with credentials; every HTML page escapes what it shows, and every response carries a
 * Content-Security-Policy that runs only the server's own script files ({@link SecurityHeaders}).
 */
public final class CmiServer {
    /** The query endpoint's path. */
    public static final String SPARQL_PATH = "/sparql";
    /** The read-only Graph Store Protocol endpoint's path. */
    public static final String DATA_PATH = "/data";

    /** Jetty's response output buffer: small enough for Jetty's buffer pool (see {@link Builder#build}). */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    /**
     * Jetty's request threads. Fuseki's default is 20, so a few slow queries (or queries waiting their turn,
     * {@link QueryAdmission}) took every thread and entity pages waited behind them; Jetty's own default is 200.
     */
    static final int SERVER_THREADS = 200;

    private final FusekiServer fuseki;
    private final TextIndex text;

    private CmiServer(FusekiServer fuseki, TextIndex text) {
        this.fuseki = fuseki;
        this.text = text;
    }

    public static Builder create() { return new Builder(); }

    public CmiServer start() {
        fuseki.start();
        return this;
    }

    /** The port actually bound (useful after {@code port(0)}). */
    public int port() { return fuseki.getHttpPort(); }

    public void stop() {
        try {
            fuseki.stop();
        } finally {
            text.close();
        }
    }

    /** The Jetty server underneath, for tests that check its settings. */
    Server jetty() { return fuseki.getJettyServer(); }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    /** Immutable settings; {@link #build} makes the server. */
    public static final class Builder {
        private DatasetGraph dataset;
        private Path textIndex;
        private int port = 3030;
        private boolean publicBind = false;
        private String publicUrl = null;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long resultCap = 100_000;
        private String build = "unknown";
        private String built = null;
        private List<QueryFile> examples = List.of();
        private List<View> views = List.of();
        private FederationPolicy federation = FederationPolicy.wikidata();
        private Path quality = null;
        private long cacheBytes = 64L << 20;
        private int concurrentQueries = Runtime.getRuntime().availableProcessors();
        private Duration queryWait = Duration.ofSeconds(10);
        private BuildFacts facts;

        private Builder() {}

        public Builder dataset(DatasetGraph dataset) { this.dataset = dataset; return this; }

        /** The store build's full-text index ({@code Store.currentTextIndex()}), opened, never rebuilt, by the server. */
        public Builder textIndex(Path textIndex) { this.textIndex = textIndex; return this; }

        /** Port to listen on; 0 picks a free one. Default 3030. */
        public Builder port(int port) { this.port = port; return this; }

        /** Listen on every network interface instead of localhost only. Default false. */
        public Builder publicBind(boolean publicBind) { this.publicBind = publicBind; return this; }

        /**
         * The address clients reach the server at ({@code https://host}), written into {@code /void}; never taken
         * from a request's {@code Host} header. Default (null): {@code http://localhost:PORT}.
         */
        public Builder publicUrl(String url) { this.publicUrl = url; return this; }

        /** How long a query may run before it is stopped. Default 30 seconds. */
        public Builder queryTimeout(Duration timeout) { this.queryTimeout = timeout; return this; }

        /** The example queries offered in the editor ({@code queries/*.rq}). */
        public Builder examples(List<QueryFile> examples) { this.examples = List.copyOf(examples); return this; }

        /** The named network views offered at {@code /export} ({@code views/*.rq}). */
        public Builder views(List<View> views) { this.views = List.copyOf(views); return this; }

        /** The quality report's queries ({@code queries/quality}), whose metrics {@code /about} lists as what is missing. */
        public Builder quality(Path dir) { this.quality = dir; return this; }

        /** At most this many solutions per query (a larger or missing LIMIT is lowered to it). Default 100,000. */
        public Builder resultCap(long rows) { this.resultCap = rows; return this; }

        /** Which store build is served and when it was built (ISO instant), shown on the landing page and in /void. */
        public Builder build(String build, String built) { this.build = build; this.built = built; return this; }

        /** Which endpoints {@code SERVICE} may call, and how. Default: Wikidata's query service only. */
        public Builder federation(FederationPolicy federation) { this.federation = Objects.requireNonNull(federation); return this; }

        /** The figures counted when the build was made ({@link BuildFacts#read}); without them they are counted at start-up. */
        public Builder facts(BuildFacts facts) { this.facts = facts; return this; }

        /** The most memory kept answers may take ({@link ResponseCache}); 0 keeps none. Default 64 MiB. */
        public Builder responseCache(long bytes) { this.cacheBytes = bytes; return this; }

        /**
         * At most this many queries run at once on {@code /sparql} and {@code /export}; the others wait up to
         * {@code wait}, then get 503 with Retry-After ({@link QueryAdmission}). Default: the number of cores, 10 s.
         */
        public Builder concurrentQueries(int queries, Duration wait) { this.concurrentQueries = queries; this.queryWait = wait; return this; }

        public CmiServer build() {
            Objects.requireNonNull(dataset, "dataset");
            JsonResultsWriter.register();
            federation.install(dataset.getContext());
            BuildFacts figures = facts != null ? facts : BuildFacts.count(dataset);
            DatasetDescription description = DatasetDescription.of(dataset, build, built, figures.graphSizes(), figures.classEntities(), figures.dumps());
            VoidServlet voidServlet = new VoidServlet(description, publicUrl);
            QueryAdmission admission = new QueryAdmission(concurrentQueries, queryWait);
            TextIndex text = TextIndex.open(Objects.requireNonNull(textIndex, "textIndex"));
            FusekiServer fuseki = FusekiServer.create()
                    .registerOperation(Operation.Query, new CappedQuery(resultCap, federation))
                    .registerOperation(Operation.GSP_R, new ReadOnlyGraphStore(resultCap))
                    .port(port)
                    .numServerThreads(8, SERVER_THREADS)
                    .loopback(!publicBind)
                    .enableCors(true, corsConfig())
                    .addDataset("/", dataset)
                    .addEndpoint("/", SPARQL_PATH.substring(1), Operation.Query)
                    .addEndpoint("/", DATA_PATH.substring(1), Operation.GSP_R)
                    .addFilter("/*", new SecurityHeaders())
                    .addFilter("/*", new RequestLimits())
                    .addFilter(SPARQL_PATH, new FormatNames())
                    .addFilter("/*", new ResponseCache(edition(), cacheBytes))
                    .addFilter(SPARQL_PATH, admission).addFilter(ExportServlet.PATH, admission)
                    .addFilter("/*", new LandingPage(GraphSummary.of(figures), figures.stories().orElseGet(() -> Stories.of(dataset)), description.servedLine(), description.quads()))
                    .addServlet("/id/*", new EntityServlet(dataset, description.edition()))
                    .addServlet("/search", new SearchServlet(text, dataset, Browse.Mode.SEARCH))
                    .addServlet("/claims", new SearchServlet(text, dataset, Browse.Mode.CLAIMS))
                    .addServlet("/reconcile/*", new LazyServlet(() -> new ReconcileServlet(dataset)))
                    .addServlet("/query", new QueryEditor(examples))
                    .addServlet("/static/*", new StaticFiles())
                    .addServlet("/void", voidServlet)
                    .addServlet("/.well-known/void", voidServlet)
                    .addServlet("/dumps/*", new Dumps(dataset, description.version(), figures.dumps()))
                    .addServlet(Bibliography.PATHS.get(0), new Bibliography(dataset))
                    .addServlet(Bibliography.PATHS.get(1), new Bibliography(dataset))
                    .addServlet(Bibliography.PATHS.get(2), new Bibliography(dataset))
                    .addServlet("/ontology", new OntologyDocs(dataset, figures::instances, figures::uses))
                    .addServlet(ExportServlet.PATH, new ExportServlet(dataset, views, description.version(), builtDay(), queryTimeout, resultCap))
                    .addServlet("/about", new AboutPage(() -> figures.about().orElseGet(() -> About.of(dataset, quality)), GraphSummary.of(figures), description.edition()))
                    .addServlet("/timeline", new TimelinePage())
                    .addServlet("/map", new MapPage(views))
                    .addServlet("/network", new NetworkPage())
                    .build();
            // Only now: the summaries computed above while building must not be cut short on a busy machine.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            useSmallOutputBuffer(fuseki.getJettyServer());
            compress(fuseki.getJettyServer());
            return new CmiServer(fuseki, text);
        }

        /**
         * What the server's answers depend on besides the request: the build served, the settings that shape
         * answers, the example queries and views, and the server's own version. It seeds every {@code ETag}.
         */
        private String edition() {
            StringBuilder e = new StringBuilder().append(build).append('\n').append(built).append('\n')
                    .append(queryTimeout).append('\n').append(resultCap).append('\n').append(publicUrl).append('\n')
                    .append(CmiServer.class.getPackage().getImplementationVersion()).append('\n');
            examples.forEach(q -> e.append(q.name()).append('\n').append(q.text()).append('\n'));
            views.forEach(v -> e.append(v).append('\n'));
            return e.toString();
        }

        /**
         * Gzip for clients that ask for it ({@code Accept-Encoding}), on answers of 1 KiB or more; compressed
         * request bodies stay refused ({@link RequestLimits}), so the handler inflates nothing. The bundled files
         * are left to {@link StaticFiles}, which compresses each once rather than on every request.
         */
        private static void compress(Server jetty) {
            Handler app = jetty.getHandler();
            GzipHandler gzip = new GzipHandler();
            gzip.setMinGzipSize(1024);
            gzip.setInflateBufferSize(0);
            gzip.setIncludedMethods("GET", "POST");
            gzip.addExcludedPaths("/static/*");
            gzip.setHandler(app);
            jetty.setHandler(gzip);
        }

        /**
         * Fuseki configures Jetty with a 5 MB output buffer, which Jetty does not pool: every streamed response
         * allocated and zeroed a fresh 5 MB. A pooled {@value #OUTPUT_BUFFER_BYTES}-byte buffer streams the same bytes.
         */
        private static void useSmallOutputBuffer(Server jetty) {
            for (Connector connector : jetty.getConnectors()) {
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                    http.getHttpConfiguration().setOutputAggregationSize(OUTPUT_BUFFER_BYTES / 4);
                }
            }
        }

        /** The day the store was built (UTC), or today when unknown. */
        private LocalDate builtDay() {
            return (built == null ? Instant.now() : Instant.parse(built)).atZone(ZoneOffset.UTC).toLocalDate();
        }

        /** Fuseki's CORS filter reads its settings from a file: any origin, read methods, no credentials. */
        private static String corsConfig() {
            try {
                Path file = Files.createTempFile("cmi-kg-cors", ".properties");
                file.toFile().deleteOnExit();
                Files.writeString(file, String.join("\n",
                        "allowedOrigins=*",
                        "allowedMethods=GET,POST,HEAD,OPTIONS",
                        "allowedHeaders=Accept,Content-Type,Origin,X-Requested-With",
                        "allowCredentials=false",
                        "exposedHeaders=Content-Type"), StandardCharsets.UTF_8);
                return file.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
