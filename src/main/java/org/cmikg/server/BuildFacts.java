package org.cmikg.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.cmikg.export.DumpFormat;
import org.cmikg.model.Iris;
import org.cmikg.server.about.About;
import org.cmikg.server.about.Stories;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Namespaces;

/**
 * The figures the server shows about a build: quads by named graph and entities by class ({@code /void}),
 * instances of each class and uses of each property ({@code /ontology}), records by kind, the years covered and
 * the stories' figures (the landing page), the {@code /about} figures ({@value #ABOUT_FILE}) and the length and
 * SHA-256 of each dump ({@code /dumps/}, {@code /void}). Counting them reads the whole store, so it is done once,
 * when the build is made ({@code cmi load}, {@link #derive}), and kept beside the database as {@value #FILE}; a
 * server reads that file, so its start-up does not grow with the store. A build made before this file existed
 * is counted when the server starts ({@link #count}: without the {@code /about} figures, counted on the first
 * request then, and without the dumps' checksums).
 */
public final class BuildFacts {
    /** The file in the build folder. */
    public static final String FILE = "facts.properties";
    /** The {@code /about} figures in the build folder (JSON). */
    public static final String ABOUT_FILE = "about.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GRAPH = "graph ", ENTITIES = "entities ", INSTANCES = "instances ", USES = "uses ";
    private static final String KIND = "kind ", FIRST_YEAR = "years.first", LAST_YEAR = "years.last";
    private static final String STORY = "story ", DUMP = "dump ";

    private final Map<String, String> facts;
    private final About about;

    private BuildFacts(Map<String, String> facts, About about) {
        this.facts = facts;
        this.about = about;
    }

    /**
     * Everything a server shows about the build: the figures ({@link #count}), the {@code /about} figures with the
     * quality report of {@code quality} (a folder of queries, or null for none), and each dump's length and checksum.
     */
    public static BuildFacts derive(DatasetGraph dsg, Path quality) {
        BuildFacts counted = count(dsg);
        Map<String, String> f = new TreeMap<>(counted.facts);
        Txn.executeRead(dsg, () -> {
            for (DumpFormat d : DumpFormat.values()) {
                DumpFormat.Digest digest = d.digest(dsg);
                f.put(DUMP + d.fileName(), digest.bytes() + " " + digest.sha256());
            }
        });
        return new BuildFacts(f, About.of(dsg, quality));
    }

    /** Counts the figures in one read transaction (not the {@code /about} figures nor the dumps' checksums). */
    public static BuildFacts count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> f = new TreeMap<>();
            select(dsg, "SELECT ?x (COUNT(*) AS ?n) { GRAPH ?x { ?s ?p ?o } } GROUP BY ?x", GRAPH, f);
            select(dsg, "SELECT ?x (COUNT(DISTINCT ?s) AS ?n) { ?s a ?x FILTER(STRSTARTS(STR(?x), \"" + Namespaces.BASE
                    + "ontology#\")) } GROUP BY ?x", ENTITIES, f);
            Graph union = dsg.getUnionGraph();
            dsg.getGraph(Iris.DEFAULT.ontologyGraph()).find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
                Node s = t.getSubject();
                if (!s.isURI() || !s.getURI().startsWith(CMI.NS)) return;
                Node type = t.getObject();
                if (type.equals(OWL.Class.asNode())) {
                    f.put(INSTANCES + s.getURI(), Long.toString(union.stream(Node.ANY, RDF.type.asNode(), s).count()));
                } else if (type.equals(OWL.ObjectProperty.asNode()) || type.equals(OWL.DatatypeProperty.asNode())) {
                    f.put(USES + s.getURI(), Long.toString(union.stream(Node.ANY, s, Node.ANY).count()));
                }
            });
            GraphSummary summary = GraphSummary.count(dsg);
            summary.counts().forEach(c -> f.put(KIND + c.kind(), Long.toString(c.records())));
            f.put(FIRST_YEAR, summary.firstYear());
            f.put(LAST_YEAR, summary.lastYear());
            Stories stories = Stories.of(dsg);
            f.put(STORY + "henryReeveDeployments", Long.toString(stories.henryReeveDeployments()));
            f.put(STORY + "henryReeveCountries", Long.toString(stories.henryReeveCountries()));
            f.put(STORY + "ebolaBrigades", Long.toString(stories.ebolaBrigades()));
            f.put(STORY + "disputeCritical", Long.toString(stories.disputeCritical()));
            f.put(STORY + "disputeSupportive", Long.toString(stories.disputeSupportive()));
            f.put(STORY + "hostCountries", Long.toString(stories.hostCountries()));
            return new BuildFacts(f, null);
        });
    }

    private static void select(DatasetGraph dsg, String query, String prefix, Map<String, String> into) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(query)).build()) {
            exec.select().forEachRemaining(b -> into.put(prefix + b.get("x").getURI(), b.get("n").getLiteralLexicalForm()));
        }
    }

    /** Writes {@value #FILE} (and {@value #ABOUT_FILE} when derived) into a build folder. */
    public void write(Path buildDir) {
        Properties p = new Properties();
        p.putAll(facts);
        try (Writer w = Files.newBufferedWriter(buildDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "cmi-kg: figures counted when the build was made");
            if (about != null) JSON.writeValue(buildDir.resolve(ABOUT_FILE).toFile(), about);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + buildDir.resolve(FILE), e);
        }
    }

    /** The figures of a build folder, if they were counted when it was made. */
    public static Optional<BuildFacts> read(Path buildDir) {
        Path file = buildDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, String> f = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> f.put(k, p.getProperty(k)));
        About about = null;
        Path aboutFile = buildDir.resolve(ABOUT_FILE);
        if (Files.isRegularFile(aboutFile)) {
            try {
                about = JSON.readValue(aboutFile.toFile(), About.class);
            } catch (IOException e) {
                // Counted on the first request instead.
            }
        }
        return Optional.of(new BuildFacts(f, about));
    }

    /** The figures of {@code /about}, when they were derived with the build. */
    public Optional<About> about() { return Optional.ofNullable(about); }

    /** The landing page's stories, unless the build was made before they were kept. */
    public Optional<Stories> stories() {
        if (!facts.containsKey(STORY + "hostCountries")) return Optional.empty();
        return Optional.of(new Stories(number(STORY + "henryReeveDeployments"), number(STORY + "henryReeveCountries"),
                number(STORY + "ebolaBrigades"), number(STORY + "disputeCritical"), number(STORY + "disputeSupportive"),
                number(STORY + "hostCountries")));
    }

    /** Each dump's length and checksum, when they were derived with the build. */
    public Map<DumpFormat, DumpFormat.Digest> dumps() {
        Map<DumpFormat, DumpFormat.Digest> m = new java.util.EnumMap<>(DumpFormat.class);
        for (DumpFormat d : DumpFormat.values()) {
            String v = facts.get(DUMP + d.fileName());
            if (v == null) continue;
            String[] parts = v.split(" ");
            m.put(d, new DumpFormat.Digest(Long.parseLong(parts[0]), parts[1]));
        }
        return m;
    }

    /** Quads by named graph, in IRI order. */
    public Map<Node, Long> graphSizes() { return byNode(GRAPH); }

    /** Distinct entities by class of the ontology, in IRI order. */
    public Map<Node, Long> classEntities() { return byNode(ENTITIES); }

    /** Triples {@code ?x rdf:type cls} in the union graph. */
    public long instances(Node cls) { return number(INSTANCES + cls.getURI()); }

    /** Triples with {@code property} in the union graph. */
    public long uses(Node property) { return number(USES + property.getURI()); }

    /** Records of one kind of {@link GraphSummary}. */
    long records(String kind) { return number(KIND + kind); }

    String firstYear() { return facts.getOrDefault(FIRST_YEAR, ""); }

    String lastYear() { return facts.getOrDefault(LAST_YEAR, ""); }

    private long number(String key) {
        String n = facts.get(key);
        return n == null ? 0 : Long.parseLong(n);
    }

    private Map<Node, Long> byNode(String prefix) {
        Map<Node, Long> m = new LinkedHashMap<>();
        facts.forEach((k, v) -> {
            if (k.startsWith(prefix)) m.put(NodeFactory.createURI(k.substring(prefix.length())), Long.parseLong(v));
        });
        return m;
    }
}
