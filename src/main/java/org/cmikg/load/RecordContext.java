package org.cmikg.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.cmikg.model.Iris;
import org.cmikg.model.PartialDate;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * What a record loader works with: the IRI rule, the ontology's kinds and vocabularies, the index of
 * record IDs, and the sink that receives the quads of the current file's graph. Reading a value through
 * these methods validates it: a bad value is reported against its row and column and yields nothing.
 */
public final class RecordContext {
    static final RDFDatatype EDTF = TypeMapper.getInstance().getSafeTypeByName(Namespaces.EDTF_DATATYPE);

    private final Iris iris;
    private final OntologyIndex ontology;
    private final IdIndex ids;
    private final StreamRDF sink;
    /** Labels written so far, by entity and language ("" for none): later files name earlier entities (claim titles). */
    private final Map<Node, Map<String, String>> labels = new HashMap<>();
    private Node graph;
    private long quads;

    RecordContext(Iris iris, OntologyIndex ontology, IdIndex ids, StreamRDF sink) {
        this.iris = iris;
        this.ontology = ontology;
        this.ids = ids;
        this.sink = sink;
    }

    void useGraph(Node graph) { this.graph = graph; }

    long quadCount() { return quads; }

    public Iris iris() { return iris; }

    // ---- writing

    public void add(Node s, Node p, Node o) {
        sink.quad(Quad.create(graph, s, p, o));
        quads++;
    }

    public void addText(Node s, Node p, String text) { add(s, p, NodeFactory.createLiteralString(text)); }

    public void addText(Node s, Node p, String text, String lang) { add(s, p, NodeFactory.createLiteralLang(text, lang)); }

    public void addInteger(Node s, Node p, long n) { add(s, p, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger)); }

    public void addDecimal(Node s, Node p, BigDecimal d) {
        add(s, p, NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal));
    }

    /** A number as written: {@code xsd:integer} without a decimal point, {@code xsd:decimal} with one. */
    public void addNumber(Node s, Node p, BigDecimal n) {
        if (n.scale() <= 0) add(s, p, NodeFactory.createLiteralDT(n.toBigInteger().toString(), XSDDatatype.XSDinteger));
        else addDecimal(s, p, n);
    }

    public void addBoolean(Node s, Node p, boolean b) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean));
    }

    public void addDate(Node s, DateTerms terms, PartialDate d) {
        add(s, terms.written(), edtf(d));
        add(s, terms.earliest(), NodeFactory.createLiteralDT(d.earliest().toString(), XSDDatatype.XSDdate));
        add(s, terms.latest(), NodeFactory.createLiteralDT(d.latest().toString(), XSDDatatype.XSDdate));
    }

    public static Node edtf(PartialDate d) { return NodeFactory.createLiteralDT(d.written(), EDTF); }

    // ---- reading and checking

    /** The reference in a single-valued column, checked to name a record of one of {@code allowed} (any type if none given). */
    public Optional<Node> ref(Row row, String column, RecordType... allowed) {
        List<Node> refs = refs(row, column, allowed);
        if (refs.size() > 1) {
            row.problem(column, "takes one ID, not a list; keep one");
            return Optional.empty();
        }
        return refs.stream().findFirst();
    }

    /** The references of a {@code |}-list column, each checked to name a record of one of {@code allowed}. */
    public List<Node> refs(Row row, String column, RecordType... allowed) {
        List<Node> nodes = new ArrayList<>();
        for (String id : row.list(column)) {
            Optional<IdIndex.Entry> entry = ids.lookup(id);
            if (entry.isEmpty()) {
                row.problem(column, "'" + id + "' is not the ID of any record; check the spelling or add the record "
                        + "(to " + fileNames(allowed) + ")");
            } else if (allowed.length > 0 && !Arrays.asList(allowed).contains(entry.get().type())) {
                row.problem(column, "'" + id + "' is a record of " + entry.get().type().fileName()
                        + ", but this column takes IDs from " + fileNames(allowed));
            } else {
                nodes.add(iris.entity(entry.get().type().kind(), id));
            }
        }
        return nodes;
    }

    /** The file type of the record with this ID, if there is one. */
    public Optional<RecordType> typeOf(String id) { return ids.lookup(id).map(IdIndex.Entry::type); }

    /** The ontology class named by the {@code kind} column, a subclass of {@code base}. */
    public Optional<Node> kindClass(Row row, Node base) {
        Optional<String> kind = row.text("kind");
        if (kind.isEmpty()) return Optional.empty();
        Optional<Node> cls = ontology.kindClass(base, kind.get());
        if (cls.isEmpty()) {
            row.problem("kind", "'" + kind.get() + "' is not a kind of this record; write one of "
                    + String.join(", ", ontology.kinds(base)));
        }
        return cls;
    }

    public boolean isSubClassOf(Node cls, Node base) { return ontology.isSubClassOf(cls, base); }

    /** A value of a controlled vocabulary of {@code ontology/vocabularies.ttl}. */
    public Optional<Node> concept(Row row, String column, String scheme) {
        return row.text(column).flatMap(slug -> conceptValue(row, column, scheme, slug));
    }

    /** The concept {@code slug} of {@code scheme}, read from part of a cell of {@code column}. */
    public Optional<Node> conceptValue(Row row, String column, String scheme, String slug) {
        Optional<Node> concept = ontology.concept(scheme, slug);
        if (concept.isEmpty()) {
            row.problem(column, "'" + slug + "' is not a value of the " + scheme + " vocabulary; write one of "
                    + String.join(", ", ontology.concepts(scheme)) + " (or add it to ontology/vocabularies.ttl)");
        }
        return concept;
    }

    /**
     * Reports {@code column} unless concept {@code narrower} is directly under {@code broader} in its scheme
     * ({@code skos:broader}), such as a UN M49 sub-region under its region.
     */
    public void checkBroader(Row row, Optional<Node> narrower, Optional<Node> broader, String column, String broaderColumn) {
        if (narrower.isPresent() && broader.isPresent() && !ontology.isBroader(narrower.get(), broader.get())) {
            row.problem(column, "'" + row.text(column).orElse("") + "' is not part of '" + row.text(broaderColumn).orElse("")
                    + "' (" + broaderColumn + "); check both against the vocabulary");
        }
    }

    /** Reports {@code later} when it must come before {@code earlier} (an end before its start). */
    public void checkOrder(Row row, Optional<PartialDate> earlier, Optional<PartialDate> later, String laterColumn) {
        if (earlier.isPresent() && later.isPresent() && !earlier.get().mayPrecedeOrEqual(later.get())) {
            row.problem(laterColumn, "'" + later.get().written() + "' is before '" + earlier.get().written()
                    + "'; check both dates");
        }
    }

    /** An IRI for an external resource such as a Wikidata item. */
    public static Node uri(String iri) { return NodeFactory.createURI(iri); }

    static String fileNames(RecordType... types) {
        if (types.length == 0) return "any record file";
        return Arrays.stream(types).map(RecordType::fileName).collect(Collectors.joining(" or "));
    }

    /** The label property pair every entity carries. */
    public void addLabel(Node s, String text, String lang) {
        Node literal = lang == null ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, lang);
        add(s, Ext.label, literal);
        add(s, Ext.prefLabel, literal);
        labels.computeIfAbsent(s, k -> new HashMap<>()).putIfAbsent(lang == null ? "" : lang, text);
    }

    /** The label already written for {@code s} in {@code lang}, else its untagged one, else its English one. */
    public Optional<String> labelOf(Node s, String lang) {
        Map<String, String> byLang = labels.getOrDefault(s, Map.of());
        return Optional.ofNullable(byLang.get(lang)).or(() -> Optional.ofNullable(byLang.get("")))
                .or(() -> Optional.ofNullable(byLang.get("en")));
    }
}
