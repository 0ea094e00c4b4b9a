package org.cmikg.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.cmikg.export.Release;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/**
 * The export engine: runs a view or a user query on the store and streams the network it describes to one
 * {@link NetworkFormat}'s writer.
 * <pre>{@code
 * NetworkExport.create(dsg).query(view.query()).name(view.name()).release("0.1.0").lang("es").build()
 *     .write(NetworkFormat.GEXF, () -> out);
 * }</pre>
 * <b>What is a network.</b> A SELECT that binds {@code ?source ?target} is an edge list: each row is one edge,
 * with its optional {@code ?edgeType ?start ?end ?startEarliest ?startLatest ?endEarliest ?endLatest ?rank ?sources
 * ?weight}, and {@code ?edgeNode}, the node the edge is read from (a role, a claim, a deployment), whose sources
 * ({@code prov:wasDerivedFrom}) and rank the engine looks up when the row does not bind them. A CONSTRUCT is a
 * graph: IRIs are nodes, triples with an IRI object are typed edges, literal values become node attributes.
 * Node labels, kinds, Wikidata QIDs, dates and coordinates are looked up in the store, node by node.
 * <p>
 * <b>Why spill-to-disk bags, and not two passes or a set.</b> Most formats want every node before the first
 * edge (GEXF, Cytoscape.js, node tables), and nodes must be distinct. A set of seen nodes grows with the result;
 * running the query twice doubles its cost and still needs a distinct pass. Instead the query runs once: node
 * mentions go into a distinct bag sorted by node, edges into a plain bag, both Jena's
 * {@link org.apache.jena.atlas.data.DataBag}s (what ARQ itself uses for ORDER BY and DISTINCT past its spill
 * threshold), which keep at most {@link Builder#spillThreshold} bindings in memory and the rest in sorted runs
 * on disk, written and read by {@link SpillFiles} (which, unlike ARQ's reader, keeps no cache per file). Then nodes are emitted in RDF term order, one group of adjacent mentions at a time (duplicates are
 * adjacent in a sorted bag, so dropping them needs only the previous binding), and edges in query order. Memory stays bounded whatever the size of the result; the temporary files go when the export ends.
 * Nothing is written before the query has finished, so a timeout or a bad query is reported cleanly.
 * <p>
 * <b>Filters.</b> {@code focus} binds {@code ?focus} where the query uses it, else keeps the edges that touch
 * the focus: as source or target, or through their {@code ?edgeNode} (the roles of a person, the deployments to
 * a country with the organizations that sent them). {@code from}/{@code to} keep the edges whose date bounds overlap those years (undated edges are
 * left out); they apply to edge lists, which carry the bounds. {@code cap} lowers a larger or missing LIMIT.
 */
public final class NetworkExport {
    static final Var SOURCE = Var.alloc("source");
    static final Var TARGET = Var.alloc("target");
    static final Var EDGE_TYPE = Var.alloc("edgeType");
    static final Var EDGE_NODE = Var.alloc("edgeNode");
    private static final Var FOCUS = Var.alloc("focus");
    private static final Var NODE = Var.alloc("node");
    private static final Var ATTRIBUTE = Var.alloc("attribute");
    private static final Var VALUE = Var.alloc("value");
    private static final List<Var> EDGE_VARS = Var.varList(List.of("source", "target", "edgeType", "edgeNode", "start", "end",
            "startEarliest", "startLatest", "endEarliest", "endLatest", "rank", "sources", "weight"));
    private static final SpillFiles NODE_SPILLS = new SpillFiles(List.of(NODE, ATTRIBUTE, VALUE));
    private static final SpillFiles EDGE_SPILLS = new SpillFiles(EDGE_VARS);

    private final Builder b;

    private NetworkExport(Builder b) { this.b = b; }

    public static Builder create(DatasetGraph dataset) { return new Builder(dataset); }

    /** Opens the output once the query has run, so that failures come before the first byte. */
    @FunctionalInterface
    public interface Target {
        OutputStream open() throws IOException;
    }

    /** The release stamped on the store by {@code cmi release}, else {@code fallback} (the store build's name). */
    public static String servedRelease(DatasetGraph dsg, String fallback) {
        return Txn.calculateRead(dsg, () -> dsg.getGraph(Release.GRAPH)
                .find(Release.DATASET, org.apache.jena.vocabulary.OWL.versionInfo.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse(fallback));
    }

    /** Runs the query and streams the network in {@code format}. */
    public void write(NetworkFormat format, Target target) throws IOException {
        try {
            Txn.executeRead(b.dataset, () -> {
                try {
                    writeInTransaction(format, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeInTransaction(NetworkFormat format, Target target) throws IOException {
        Query query = prepared();
        Comparator<Binding> byNode = Comparator.<Binding, Node>comparing(x -> x.get(NODE), NodeCmp::compareRDFTerms)
                .thenComparing(x -> x.get(ATTRIBUTE), Comparator.nullsFirst(NodeCmp::compareRDFTerms))
                .thenComparing(x -> x.get(VALUE), Comparator.nullsFirst(NodeCmp::compareRDFTerms));
        DataBag<Binding> nodes = BagFactory.newSortedBag(ThresholdPolicyFactory.count(b.spillThreshold), NODE_SPILLS, byNode);
        DataBag<Binding> edges = query.isConstructType()
                ? BagFactory.newDistinctBag(ThresholdPolicyFactory.count(b.spillThreshold), EDGE_SPILLS, edgeOrder())
                : BagFactory.newDefaultBag(ThresholdPolicyFactory.count(b.spillThreshold), EDGE_SPILLS);
        SortedSet<String> attributes = new TreeSet<>();
        try {
            collect(query, format, nodes, edges, attributes);
            NetworkWriter w = format.writer(target.open(), b.csvShape);
            StoreLookup lookup = new StoreLookup(b.dataset, b.lang, b.pageOf);
            w.begin(new Provenance(b.release, b.name, b.query.serialize(), Instant.now()), attributes);
            emitNodes(nodes, lookup, w);
            emitEdges(edges, lookup, w);
            w.end();
        } finally {
            nodes.close();
            edges.close();
        }
    }

    /** The query with the focus bound, the period filter and the cap applied. */
    private Query prepared() {
        Query q = b.query;
        boolean usesFocus = usesFocus();
        if (b.focus != null && usesFocus) q = QueryTransformOps.transform(q, Map.of(FOCUS, b.focus));
        if (q.isSelectType()) {
            if (!q.getProjectVars().containsAll(List.of(SOURCE, TARGET))) {
                throw new IllegalArgumentException(b.name + ": an exported SELECT must return ?source and ?target");
            }
            ElementGroup filters = new ElementGroup();
            if (b.focus != null && !usesFocus) {
                String f = iri(b.focus);
                String touches = "?source = " + f + " || ?target = " + f;
                if (q.getProjectVars().contains(EDGE_NODE)) {
                    touches += " || ?edgeNode = " + f + " || EXISTS { ?edgeNode ?anyProperty " + f + " }";
                }
                filters.addElementFilter(new ElementFilter(expr(touches)));
            }
            if (b.from != null || b.to != null) {
                String lower = "COALESCE(?startEarliest, ?endEarliest)";
                String upper = "COALESCE(?endLatest, ?startLatest)";
                String cond = "(BOUND(?startEarliest) || BOUND(?endEarliest))";
                if (b.to != null) cond += " && " + lower + " <= \"" + b.to + "-12-31\"^^<http://www.w3.org/2001/XMLSchema#date>";
                if (b.from != null) cond += " && " + upper + " >= \"" + b.from + "-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>";
                filters.addElementFilter(new ElementFilter(expr("(" + cond + ")")));
            }
            if (!filters.isEmpty()) {
                Query outer = new Query();
                outer.setQuerySelectType();
                outer.setQueryResultStar(true);
                outer.setPrefixMapping(q.getPrefixMapping());
                ElementGroup body = new ElementGroup();
                body.addElement(new ElementSubQuery(q));
                filters.getElements().forEach(body::addElement);
                outer.setQueryPattern(body);
                q = outer;
            }
        } else if (!q.isConstructType()) {
            throw new IllegalArgumentException(b.name + ": only a SELECT with ?source ?target or a CONSTRUCT can be exported as a network");
        }
        if (b.cap > 0 && (!q.hasLimit() || q.getLimit() > b.cap)) {
            q = q == b.query ? q.cloneQuery() : q;
            q.setLimit(b.cap);
        }
        return q;
    }

    private boolean usesFocus() { return OpVars.mentionedVars(Algebra.compile(b.query)).contains(FOCUS); }

    private static Expr expr(String s) { return ExprUtils.parse(s); }

    private static String iri(Node n) { return "<" + n.getURI() + ">"; }

    private void collect(Query query, NetworkFormat format, DataBag<Binding> nodes, DataBag<Binding> edges, Set<String> attributes) {
        QueryExecBuilder builder = QueryExec.dataset(b.dataset).query(query);
        if (b.timeout != null) builder = builder.timeout(b.timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            if (query.isConstructType()) {
                Iterator<Triple> it = exec.constructTriples();
                while (it.hasNext()) {
                    Triple t = it.next();
                    if (b.focus != null && !usesFocus() && !b.focus.equals(t.getSubject())
                            && !b.focus.equals(t.getObject()) && !t.getObject().isLiteral()) continue;
                    if (t.getObject().isLiteral()) {
                        if (!format.needsNodes()) continue;
                        String key = Terms.localName(t.getPredicate());
                        attributes.add(key);
                        nodes.add(BindingBuilder.create().add(NODE, t.getSubject())
                                .add(ATTRIBUTE, t.getPredicate()).add(VALUE, t.getObject()).build());
                    } else {
                        if (format.needsNodes()) {
                            nodes.add(BindingBuilder.create().add(NODE, t.getSubject()).build());
                            nodes.add(BindingBuilder.create().add(NODE, t.getObject()).build());
                        }
                        if (format.needsEdges()) {
                            edges.add(BindingBuilder.create().add(SOURCE, t.getSubject()).add(EDGE_TYPE, t.getPredicate())
                                    .add(TARGET, t.getObject()).build());
                        }
                    }
                }
            } else {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node s = row.get(SOURCE);
                    Node t = row.get(TARGET);
                    if (s == null || t == null) continue;
                    if (format.needsNodes()) {
                        nodes.add(BindingBuilder.create().add(NODE, s).build());
                        nodes.add(BindingBuilder.create().add(NODE, t).build());
                    }
                    if (format.needsEdges()) {
                        BindingBuilder e = BindingBuilder.create();
                        for (Var v : EDGE_VARS) if (row.get(v) != null) e.add(v, row.get(v));
                        edges.add(e.build());
                    }
                }
            }
        }
    }

    private static Comparator<Binding> edgeOrder() {
        return Comparator.<Binding, Node>comparing(x -> x.get(SOURCE), NodeCmp::compareRDFTerms)
                .thenComparing(x -> x.get(EDGE_TYPE), NodeCmp::compareRDFTerms)
                .thenComparing(x -> x.get(TARGET), NodeCmp::compareRDFTerms);
    }

    /** Adjacent bindings of the sorted bag that name the same node make one node, with their literal values. */
    private static void emitNodes(DataBag<Binding> nodes, StoreLookup lookup, NetworkWriter w) throws IOException {
        Iterator<Binding> it = nodes.iterator();
        try {
            Node current = null;
            Binding x = null;
            Map<String, String> extra = new LinkedHashMap<>();
            while (it.hasNext()) {
                Binding previous = x;
                x = it.next();
                Node n = x.get(NODE);
                if (!n.equals(current)) {
                    if (current != null) w.node(lookup.node(current, Map.copyOf(extra)));
                    current = n;
                    extra.clear();
                }
                if (x.get(ATTRIBUTE) != null && !x.equals(previous)) {
                    extra.merge(Terms.localName(x.get(ATTRIBUTE)), x.get(VALUE).getLiteralLexicalForm(), (a, c) -> a + " | " + c);
                }
            }
            if (current != null) w.node(lookup.node(current, Map.copyOf(extra)));
        } finally {
            Iter.close(it);
        }
    }

    private static void emitEdges(DataBag<Binding> edges, StoreLookup lookup, NetworkWriter w) throws IOException {
        Iterator<Binding> it = edges.iterator();
        try {
            long n = 0;
            while (it.hasNext()) w.edge(edge("e" + (++n), it.next(), lookup));
        } finally {
            Iter.close(it);
        }
    }

    private static ExportEdge edge(String id, Binding row, StoreLookup lookup) {
        Node type = row.get(EDGE_TYPE);
        Node via = row.get(EDGE_NODE);
        String typeName = type == null ? "linked" : Terms.localName(type);
        String label = type != null && type.isURI() ? lookup.label(type) : typeName;
        Node rankNode = row.get(Var.alloc("rank"));
        String rank = rankNode != null ? Terms.localName(rankNode)
                : via == null ? "" : lookup.firstNode(via, CMI.rank).map(Terms::localName).orElse("");
        Node sourcesNode = row.get(Var.alloc("sources"));
        List<String> sources;
        if (sourcesNode != null && sourcesNode.isLiteral()) {
            sources = java.util.Arrays.stream(sourcesNode.getLiteralLexicalForm().split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } else if (sourcesNode != null) {
            sources = List.of(Terms.id(sourcesNode));
        } else if (via != null) {
            sources = lookup.sortedObjects(via, Ext.wasDerivedFrom).stream().map(Terms::id).toList();
        } else {
            sources = List.of();
        }
        Node weight = row.get(Var.alloc("weight"));
        Double w = null;
        if (weight != null && weight.isLiteral()) {
            try {
                w = Double.parseDouble(weight.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                w = null;
            }
        }
        return new ExportEdge(id, Terms.id(row.get(SOURCE)), Terms.id(row.get(TARGET)), typeName, label,
                text(row, "start"), text(row, "end"), text(row, "startEarliest"), text(row, "startLatest"),
                text(row, "endEarliest"), text(row, "endLatest"), rank, sources, w);
    }

    private static String text(Binding row, String var) { return Terms.text(row.get(Var.alloc(var))); }

    /** Settings of one export; {@link #build} makes it. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private Query query;
        private String name = "query";
        private String release = "unknown";
        private String lang = "en";
        private Integer from;
        private Integer to;
        private Node focus;
        private UnaryOperator<String> pageOf = UnaryOperator.identity();
        private CsvShape csvShape = CsvShape.GEPHI;
        private Duration timeout;
        private long cap;
        private long spillThreshold = 10_000;

        private Builder(DatasetGraph dataset) { this.dataset = Objects.requireNonNull(dataset, "dataset"); }

        public Builder query(Query query) { this.query = query; return this; }

        /** The view's name, or {@code query}: named in the provenance and the download's file name. */
        public Builder name(String name) { this.name = name; return this; }

        /** The release (or store build) the data comes from. */
        public Builder release(String release) { this.release = release; return this; }

        /** Language of labels: {@code en} (default) or {@code es}. */
        public Builder lang(String lang) { this.lang = lang; return this; }

        /** Keep edges whose dates overlap these years; either may be null. */
        public Builder period(Integer from, Integer to) { this.from = from; this.to = to; return this; }

        /** The entity the view is about ({@code ?focus}), or null. */
        public Builder focus(Node focus) { this.focus = focus; return this; }

        /** The page address of an entity IRI; by default the IRI itself (it resolves through w3id.org). */
        public Builder pageOf(UnaryOperator<String> pageOf) { this.pageOf = pageOf; return this; }

        public Builder csvShape(CsvShape shape) { this.csvShape = shape; return this; }

        /** Stop the query after this long (the server's query timeout); null for none. */
        public Builder timeout(Duration timeout) { this.timeout = timeout; return this; }

        /** At most this many edges (rows or triples); 0 for no cap. */
        public Builder cap(long rows) { this.cap = rows; return this; }

        /** Bindings each bag keeps in memory before it spills to disk. Default 10,000. */
        public Builder spillThreshold(long n) { this.spillThreshold = n; return this; }

        public NetworkExport build() {
            Objects.requireNonNull(query, "query");
            if (from != null && to != null && from > to) throw new IllegalArgumentException("from " + from + " is after to " + to);
            return new NetworkExport(this);
        }
    }
}
