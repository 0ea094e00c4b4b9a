package org.cmikg.server.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.cmikg.export.DumpFormat;
import org.cmikg.export.Release;
import org.cmikg.vocab.Namespaces;

/**
 * The VoID and DCAT description of the served dataset: what it is, its licence, the build it comes
 * from, its size by named graph and by class, its SPARQL endpoint and its dumps. The sizes are counted when
 * the build is made and given here; the addresses follow the host a client used.
 */
public final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    /** SPDX, whose checksum terms DCAT 3 uses for a distribution's checksum. */
    static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    /** A named graph or a class, and how many triples or entities it holds. */
    public record Partition(Node node, long count) {
        public String iri() { return node.getURI(); }
    }

    private final String build;
    private final String built;
    private String releaseVersion;
    private String releaseDate;
    private long quads;
    private final List<Partition> graphs = new ArrayList<>();
    private final List<Partition> classes = new ArrayList<>();
    private Map<DumpFormat, DumpFormat.Digest> dumps = Map.of();

    private DatasetDescription(String build, String built) {
        this.build = build;
        this.built = built;
    }

    /**
     * @param graphs  quads by named graph
     * @param classes distinct entities by class of the ontology
     * @param dumps   each dump's length and SHA-256 (none when the build was made without them)
     */
    public static DatasetDescription of(DatasetGraph dsg, String build, String built, Map<Node, Long> graphs, Map<Node, Long> classes,
                                        Map<DumpFormat, DumpFormat.Digest> dumps) {
        return Txn.calculateRead(dsg, () -> {
            DatasetDescription d = new DatasetDescription(build, built);
            Graph release = dsg.getGraph(Release.GRAPH);
            release.find(Release.DATASET, OWL.versionInfo.asNode(), Node.ANY)
                    .forEach(t -> d.releaseVersion = t.getObject().getLiteralLexicalForm());
            release.find(Release.DATASET, DCTerms.issued.asNode(), Node.ANY)
                    .forEach(t -> d.releaseDate = t.getObject().getLiteralLexicalForm());
            graphs.forEach((g, n) -> d.graphs.add(new Partition(g, n)));
            d.quads = d.graphs.stream().mapToLong(Partition::count).sum();
            classes.forEach((c, n) -> d.classes.add(new Partition(c, n)));
            d.dumps = Map.copyOf(dumps);
            return d;
        });
    }

    /** Triples by named graph. */
    public List<Partition> graphs() { return List.copyOf(graphs); }

    /** Entities by ontology class. */
    public List<Partition> classes() { return List.copyOf(classes); }

    /** Quads in all named graphs. */
    public long quads() { return quads; }

    /** The release served ({@code 0.1.0}) when the store was built by {@code cmi release}, else the build's name. */
    public String version() { return releaseVersion != null ? releaseVersion : build; }

    /** The edition a citation names: the release served, else the store build and the day it was built. */
    public org.cmikg.export.cite.Edition edition() {
        if (releaseVersion != null) return new org.cmikg.export.cite.Edition(releaseVersion, releaseDate, true);
        String day = (built == null ? java.time.Instant.now() : java.time.Instant.parse(built)).atZone(java.time.ZoneOffset.UTC)
                .toLocalDate().toString();
        return new org.cmikg.export.cite.Edition(build, day, false);
    }

    /** A line for the landing page: which release or build is served, and when. */
    public String servedLine() {
        return releaseVersion != null ? "release " + releaseVersion + " of " + releaseDate + " (store build " + build + ")"
                : "store build " + build + (built == null ? "" : " of " + built) + " (not a release)";
    }

    /** The description, with the endpoint and dumps under {@code serverBase} (e.g. {@code http://localhost:3030}). */
    public Graph graph(String serverBase) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(Namespaces.BASE)).setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("spdx", SPDX);
        Node ds = uri(Namespaces.BASE + "dataset");
        add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Cuban Medical Internationalism Knowledge Graph", "en"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Grafo de conocimiento del internacionalismo médico cubano", "es"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang("People, organizations, countries, events, "
                + "medical missions and emergency brigades of Cuban medical internationalism since 1960, with roles over time, "
                + "sources and attributed claims; every fact cites its sources.", "en"));
        add(g, ds, DCTerms.license.asNode(), uri(LICENCE));
        add(g, ds, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version()));
        add(g, ds, uri(DCAT + "version"), NodeFactory.createLiteralString(version()));
        if (releaseDate != null) add(g, ds, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(releaseDate, XSDDatatype.XSDdate));
        add(g, ds, uri("http://purl.org/pav/version"), NodeFactory.createLiteralString(version()));
        add(g, ds, uri(VOID + "feature"), uri("http://www.w3.org/ns/formats/N-Quads"));
        add(g, ds, uri("http://purl.org/dc/terms/source"), NodeFactory.createLiteralString("store build " + build));
        if (built != null) add(g, ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(built, XSDDatatype.XSDdateTime));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(serverBase + "/sparql"));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Namespaces.BASE + "id/"));
        add(g, ds, uri(VOID + "vocabulary"), uri(Namespaces.BASE + "ontology"));
        add(g, ds, uri(VOID + "triples"), integer(quads));
        for (DumpFormat f : DumpFormat.values()) {
            Node url = uri(serverBase + Dumps.PATH + f.fileName(version()));
            add(g, ds, uri(VOID + "dataDump"), url);
            Node dist = uri(Namespaces.BASE + "dataset/distribution/" + f.name().toLowerCase(java.util.Locale.ROOT));
            add(g, ds, uri(DCAT + "distribution"), dist);
            add(g, dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
            add(g, dist, uri(DCAT + "downloadURL"), url);
            add(g, dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + f.mediaType()));
            add(g, dist, DCTerms.license.asNode(), uri(LICENCE));
            DumpFormat.Digest digest = dumps.get(f);
            if (digest != null) {
                add(g, dist, uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(digest.bytes()), XSDDatatype.XSDnonNegativeInteger));
                Node checksum = uri(dist.getURI() + "/checksum");
                add(g, dist, uri(SPDX + "checksum"), checksum);
                add(g, checksum, RDF.type.asNode(), uri(SPDX + "Checksum"));
                add(g, checksum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
                add(g, checksum, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(digest.sha256(), XSDDatatype.XSDhexBinary));
            }
        }
        for (Partition p : graphs) {
            Node sub = uri(Namespaces.BASE + "dataset/graph/" + p.node().getURI().substring(p.node().getURI().lastIndexOf('/') + 1));
            add(g, ds, uri(VOID + "subset"), sub);
            add(g, sub, RDF.type.asNode(), uri(VOID + "Dataset"));
            add(g, sub, uri("http://www.w3.org/ns/sparql-service-description#name"), p.node());
            add(g, sub, uri(VOID + "triples"), integer(p.count()));
        }
        for (Partition p : classes) {
            Node part = uri(Namespaces.BASE + "dataset/class/" + p.node().getLocalName());
            add(g, ds, uri(VOID + "classPartition"), part);
            add(g, part, uri(VOID + "class"), p.node());
            add(g, part, uri(VOID + "entities"), integer(p.count()));
        }
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(s, p, o); }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
