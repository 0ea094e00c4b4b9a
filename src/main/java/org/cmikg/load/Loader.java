package org.cmikg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.cmikg.load.csv.ClaimsLoader;
import org.cmikg.load.csv.CountriesLoader;
import org.cmikg.load.csv.DeploymentsLoader;
import org.cmikg.load.csv.EventsLoader;
import org.cmikg.load.csv.FiguresLoader;
import org.cmikg.load.csv.LinkCandidatesLoader;
import org.cmikg.load.csv.LinkSearchesLoader;
import org.cmikg.load.csv.LinksLoader;
import org.cmikg.load.csv.OrganizationsLoader;
import org.cmikg.load.csv.PeopleLoader;
import org.cmikg.load.csv.PlacesLoader;
import org.cmikg.load.csv.ProgrammesLoader;
import org.cmikg.load.csv.RolesLoader;
import org.cmikg.load.csv.SourcesLoader;
import org.cmikg.load.csv.StatementsLoader;
import org.cmikg.model.Iris;
import org.cmikg.model.Slugs;
import org.cmikg.records.Problem;
import org.cmikg.records.ProblemReporter;
import org.cmikg.records.RecordFiles;
import org.cmikg.records.RecordReader;
import org.cmikg.records.RecordType;
import org.cmikg.vocab.Namespaces;

/**
 * Reads the ontology and the record files and streams them as quads: the ontology into
 * {@code graph/ontology}, each record file into its own graph ({@code graph/people}, ...).
 * <pre>{@code
 * LoadReport report = Loader.create(Path.of("data"), Path.of("ontology")).load(sink);
 * }</pre>
 * Two passes: the first collects every record ID (so references may point anywhere), the second checks
 * and converts each row, never holding more than one row. Every problem is collected; if there is any,
 * {@link #load} throws {@link InvalidDataException} after the pass, and whatever the sink received must be
 * discarded (the store does this by building into a fresh directory).
 */
public final class Loader {
    private final Path dataDir;
    private final Path ontologyDir;
    private final Iris iris;
    private final boolean inference;

    private Loader(Path dataDir, Path ontologyDir, Iris iris, boolean inference) {
        this.dataDir = dataDir;
        this.ontologyDir = ontologyDir;
        this.iris = iris;
        this.inference = inference;
    }

    /** A loader with the public IRIs and inference on. */
    public static Loader create(Path dataDir, Path ontologyDir) { return new Loader(dataDir, ontologyDir, Iris.DEFAULT, true); }

    public Loader withIris(Iris iris) { return new Loader(dataDir, ontologyDir, iris, inference); }

    /** With {@code false}, only asserted triples are written: no {@code graph/inferred} (see {@link Inference}). */
    public Loader withInference(boolean on) { return new Loader(dataDir, ontologyDir, iris, on); }

    /** The graph that holds the subclass and subproperty closure. */
    public Node inferredGraph() { return iris.inferredGraph(); }

    /** The loaders of every record file, in load order. */
    static List<RecordLoader> recordLoaders() {
        LinksLoader links = new LinksLoader();
        LinkCandidatesLoader candidates = new LinkCandidatesLoader(links);
        return List.of(new SourcesLoader(), new CountriesLoader(), new PlacesLoader(), new OrganizationsLoader(),
                new PeopleLoader(), new ProgrammesLoader(), new EventsLoader(), new DeploymentsLoader(), new RolesLoader(),
                new ClaimsLoader(), new StatementsLoader(), new FiguresLoader(), links, candidates,
                new LinkSearchesLoader(links, candidates));
    }

    /**
     * Checks everything {@link #load} and the store's gate check, without storing anything: the records are
     * loaded into memory and the SHACL shapes run over them, exactly as {@code cmi load} does.
     */
    public LoadReport validate() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        LoadReport report = Txn.calculateWrite(memory, () -> load(StreamRDFLib.dataset(memory)));
        check(report).accept(memory);
        return report;
    }

    /** The check a loaded dataset must pass: the data shapes of {@code ontology/shapes/data-shapes.ttl}. */
    public Consumer<DatasetGraph> check(LoadReport report) {
        return ShaclCheck.forShapes(ontologyDir.resolve("shapes/data-shapes.ttl"), report);
    }

    /**
     * Checks and streams everything into {@code sink}; throws {@link InvalidDataException} listing the problems.
     * Problems with whole files (missing, misnamed, unreadable, not UTF-8, a bad header) are reported alone:
     * no row is converted while there is one.
     */
    public LoadReport load(StreamRDF sink) {
        ProblemReporter.Collector problems = new ProblemReporter.Collector();
        RecordFiles.check(dataDir, problems);
        List<Path> ontologyFiles = ontologyFiles(problems);
        if (!problems.isEmpty()) throw new InvalidDataException(problems.problems(), problems.dropped());

        Graph ontology = readOntology(ontologyFiles, problems);
        List<RecordLoader> loaders = recordLoaders();
        List<Problem> fileProblems = new ArrayList<>();
        IdIndex ids = indexIds(loaders, problems, fileProblems);
        if (!fileProblems.isEmpty()) throw new InvalidDataException(fileProblems);

        if (inference) sink = Inference.of(ontology).wrap(sink, inferredGraph());
        sink.start();
        Namespaces.prefixes(iris.base()).getNsPrefixMap().forEach(sink::prefix);
        Node ontologyGraph = iris.ontologyGraph();
        StreamRDF out = sink;
        ontology.find().forEach(t -> out.quad(Quad.create(ontologyGraph, t)));

        RecordContext cx = new RecordContext(iris, new OntologyIndex(ontology), ids, out);
        Map<RecordType, Long> rows = new EnumMap<>(RecordType.class);
        for (RecordLoader loader : loaders) {
            Path file = dataDir.resolve(loader.type().fileName());
            cx.useGraph(iris.graph(loader.type().graphName()));
            long[] count = {0};
            RecordReader.read(file, loader.columns(), problems, row -> {
                count[0]++;
                loader.load(row, cx);
            });
            loader.finish(file, problems);
            rows.put(loader.type(), count[0]);
        }
        out.finish();
        if (!problems.isEmpty()) throw new InvalidDataException(problems.problems(), problems.dropped());
        return new LoadReport(rows, ontology.size(), ontology.size() + cx.quadCount(), ids);
    }

    private List<Path> ontologyFiles(ProblemReporter problems) {
        if (!Files.isDirectory(ontologyDir)) {
            problems.report(Problem.ofFile(ontologyDir, "is not the ontology directory; give it with --ontology"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(ontologyDir)) {
            List<Path> ttl = files.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
            if (ttl.isEmpty()) problems.report(Problem.ofFile(ontologyDir, "holds no .ttl file; give the ontology directory with --ontology"));
            return ttl;
        } catch (IOException e) {
            problems.report(Problem.ofFile(ontologyDir, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private static Graph readOntology(List<Path> files, ProblemReporter problems) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            try {
                RDFParser.source(file).errorHandler(ontologyErrors(file, problems)).parse(graph);
            } catch (RiotException e) {
                // already reported by the error handler
            }
        }
        return graph;
    }

    private static ErrorHandler ontologyErrors(Path file, ProblemReporter problems) {
        return new ErrorHandler() {
            @Override public void warning(String message, long line, long col) {
                problems.report(new Problem(file, line, (int) col, null, message));
            }
            @Override public void error(String message, long line, long col) {
                problems.report(new Problem(file, line, (int) col, null, message));
            }
            @Override public void fatal(String message, long line, long col) {
                problems.report(new Problem(file, line, (int) col, null, message));
                throw new RiotException(message);
            }
        };
    }

    /**
     * First pass: every ID, checked to be a slug and unique across all files. A file that cannot be read
     * through (bad encoding, bad header, broken quoting) or has a row of the wrong shape gets its problems into
     * {@code fileProblems}: they are reported alone, since the records they hide would cause follow-on problems.
     */
    private IdIndex indexIds(List<RecordLoader> loaders, ProblemReporter problems, List<Problem> fileProblems) {
        IdIndex ids = new IdIndex();
        for (RecordLoader loader : loaders) {
            Path file = dataDir.resolve(loader.type().fileName());
            ProblemReporter.Collector inFile = new ProblemReporter.Collector();
            // The second pass reports everything but the IDs.
            ProblemReporter idsOnly = p -> {
                if ("id".equals(p.field())) problems.report(p);
                else if (p.line() <= 1 || p.field() == null) inFile.report(p);
            };
            boolean readable = RecordReader.read(file, loader.columns(), idsOnly, row -> row.text("id").ifPresent(id -> {
                if (!Slugs.isSlug(id)) {
                    row.problem("id", "'" + abbreviate(id) + "' is not a valid ID; use lowercase letters, digits and single hyphens, "
                            + "e.g. " + suggestSlug(id));
                    return;
                }
                if (id.length() > Slugs.MAX_LENGTH) {
                    row.problem("id", "'" + abbreviate(id) + "' is " + id.length() + " characters long; an ID has at most "
                            + Slugs.MAX_LENGTH + ": shorten it");
                    return;
                }
                ids.declare(id, new IdIndex.Entry(loader.type(), file, row.line())).ifPresent(first ->
                        row.problem("id", "'" + id + "' is already the ID of the record at "
                                + Problem.displayPath(first.file()) + ":" + first.line()
                                + "; IDs must be unique across all files"));
            }));
            if (!readable || !inFile.isEmpty()) fileProblems.addAll(inFile.problems());
        }
        return ids;
    }

    /** A long value cut for a message. */
    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    private static String suggestSlug(String id) {
        String s = java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "henry-reeve-contingent" : s;
    }
}
