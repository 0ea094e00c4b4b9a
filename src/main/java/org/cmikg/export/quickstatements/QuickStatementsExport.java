package org.cmikg.export.quickstatements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.cmikg.model.Iris;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/**
 * The facts of linked entities, offered back to Wikidata as QuickStatements V1 commands
 * (https://www.wikidata.org/wiki/Help:QuickStatements): one line per fact and source, TAB-separated,
 * {@code Q241 P297 "CU" S854 "https://..." S813 +2026-12-04T00:00:00Z/11 S1476 en:"Title"}.
 * <pre>{@code
 * QuickStatementsExport.Counts counts = Txn.calculateRead(dsg,
 *         () -> QuickStatementsExport.over(dsg).write(LocalDate.now(), out));
 * }</pre>
 * Which facts: a record linked to a Wikidata item ({@code skos:exactMatch}), a property the ontology maps to a
 * Wikidata property ({@code cmi:wikidataProperty}, or {@code cmi:wikidataPropertyForClass} for the subject's
 * class; see {@code ontology/wikidata-mapping.ttl}), as the records assert it (inferences are not offered), with
 * a value Wikidata can hold: an entity only if it is linked too, a date only as written without uncertainty, at
 * its precision. Where sources differ on a value, only the preferred value is offered, cited to the sources of
 * its statement; otherwise a fact is cited to the sources of its record, since a record's facts are the ones its
 * sources state ({@code data/README.md}). Each source with a URL gives one reference: reference URL (S854),
 * retrieved (S813: the day given, the day the store was built, as no record keeps when a source was read) and
 * title (S1476, in the source's language). QuickStatements merges lines with the same statement into one
 * statement with several references.
 */
public final class QuickStatementsExport {
    /** The format's name in {@code cmi export --format} and {@code /export?format=}. */
    public static final String FORMAT = "quickstatements";
    /** QuickStatements reads plain text: paste it into the tool's import box. */
    public static final String CONTENT_TYPE = "text/plain";
    public static final String EXTENSION = "qs.txt";

    private final DatasetGraph dsg;
    private final Graph union;
    private final Node inferred;
    private final Node focus;

    private QuickStatementsExport(DatasetGraph dsg, Iris iris, Node focus) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
        this.inferred = iris.inferredGraph();
        this.focus = focus;
    }

    public static QuickStatementsExport over(DatasetGraph dsg) { return new QuickStatementsExport(dsg, Iris.DEFAULT, null); }

    /** Only the facts of one record (null: every linked record). */
    public QuickStatementsExport focus(Node entity) { return new QuickStatementsExport(dsg, Iris.DEFAULT, entity); }

    /** What was written and what was left out, and why. */
    public record Counts(long lines, long statements, long unlinkedValues, long inexpressibleValues, long unsourced) {}

    /** Writes the commands (in a read transaction of the caller) and counts them. */
    public Counts write(LocalDate retrieved, Writer out) {
        Map<Node, Mapping> mappings = mappings();
        long lines = 0, statements = 0, unlinked = 0, inexpressible = 0, unsourced = 0;
        String s813 = QuickStatementsValue.time(retrieved);
        try {
            for (Map.Entry<String, Node> linked : linkedEntities().entrySet()) {
                String qid = linked.getKey();
                Node entity = linked.getValue();
                for (Map.Entry<Node, Mapping> m : mappings.entrySet()) {
                    String property = m.getValue().propertyFor(entity, union);
                    for (Node o : asserted(entity, m.getKey())) {
                        Optional<String> value = o.isURI() ? linkedQid(o) : QuickStatementsValue.literal(o);
                        if (value.isEmpty()) {
                            if (o.isURI()) unlinked++;
                            else inexpressible++;
                            continue;
                        }
                        List<String> references = references(entity, m.getKey(), o, s813);
                        if (references.isEmpty()) {
                            unsourced++;
                            continue;
                        }
                        statements++;
                        for (String reference : references) {
                            out.write(qid + "\t" + property + "\t" + value.get() + "\t" + reference + "\n");
                            lines++;
                        }
                    }
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(lines, statements, unlinked, inexpressible, unsourced);
    }

    /** Linked records by QID, in QID order. */
    private Map<String, Node> linkedEntities() {
        Map<String, Node> linked = new TreeMap<>(Comparator.comparingLong((String q) -> Long.parseLong(q.substring(1))));
        union.find(focus == null ? Node.ANY : focus, Ext.exactMatch, Node.ANY).forEachRemaining(t ->
                QuickStatementsValue.qid(t.getObject()).filter(q -> q.startsWith("Q"))
                        .ifPresent(q -> linked.putIfAbsent(q, t.getSubject())));
        return linked;
    }

    private Optional<String> linkedQid(Node entity) {
        return union.find(entity, Ext.exactMatch, Node.ANY).toList().stream()
                .map(t -> QuickStatementsValue.qid(t.getObject())).flatMap(Optional::stream)
                .filter(q -> q.startsWith("Q")).findFirst();
    }

    /** The values the records assert (not the inferred graph), each once. */
    private Set<Node> asserted(Node entity, Node property) {
        Set<Node> values = new LinkedHashSet<>();
        dsg.find(Node.ANY, entity, property, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(inferred) && !Quad.isDefaultGraph(q.getGraph())) values.add(q.getObject());
        });
        return values;
    }

    /** One reference group per source with a URL: the statement's sources for a ranked value, else the record's. */
    private List<String> references(Node entity, Node property, Node value, String s813) {
        Set<Node> sources = new LinkedHashSet<>();
        for (Triple t : union.find(Node.ANY, CMI.statementSubject, entity).toList()) {
            Node statement = t.getSubject();
            if (union.contains(statement, CMI.statementProperty, property) && union.contains(statement, CMI.value, value)) {
                union.find(statement, Ext.wasDerivedFrom, Node.ANY).forEachRemaining(s -> sources.add(s.getObject()));
            }
        }
        if (sources.isEmpty()) union.find(entity, Ext.wasDerivedFrom, Node.ANY).forEachRemaining(s -> sources.add(s.getObject()));
        List<String> references = new ArrayList<>();
        for (Node source : sources) {
            Optional<Node> url = object(source, Ext.url).filter(Node::isURI);
            Optional<Node> title = object(source, Ext.title).filter(Node::isLiteral);
            if (url.isEmpty() || title.isEmpty()) continue;
            String language = title.get().getLiteralLanguage().isEmpty() ? "und" : title.get().getLiteralLanguage();
            references.add("S854\t" + QuickStatementsValue.string(url.get().getURI()) + "\tS813\t" + s813
                    + "\tS1476\t" + QuickStatementsValue.monolingual(title.get().getLiteralLexicalForm(), language));
        }
        return references;
    }

    private Optional<Node> object(Node s, Node p) {
        return union.find(s, p, Node.ANY).nextOptional().map(Triple::getObject);
    }

    /** The ontology's mapping: cmi-kg property to Wikidata property, by default and per subject class. */
    private Map<Node, Mapping> mappings() {
        Map<Node, Mapping> mappings = new TreeMap<>(Comparator.comparing(Node::getURI));
        union.find(Node.ANY, CMI.wikidataProperty, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && !union.contains(t.getSubject(), CMI.wikidataSubjectClass, Node.ANY)) {
                QuickStatementsValue.qid(t.getObject()).ifPresent(p -> mappings.put(t.getSubject(), new Mapping(p, new HashMap<>())));
            }
        });
        union.find(Node.ANY, CMI.wikidataPropertyForClass, Node.ANY).forEachRemaining(t -> {
            Mapping m = mappings.get(t.getSubject());
            Optional<Node> cls = object(t.getObject(), CMI.wikidataSubjectClass);
            Optional<String> p = object(t.getObject(), CMI.wikidataProperty).flatMap(QuickStatementsValue::qid);
            if (m != null && cls.isPresent() && p.isPresent()) m.byClass().put(cls.get(), p.get());
        });
        return mappings;
    }

    private record Mapping(String property, Map<Node, String> byClass) {
        String propertyFor(Node entity, Graph union) {
            for (Map.Entry<Node, String> e : byClass.entrySet()) {
                if (union.contains(entity, Ext.type, e.getKey())) return e.getValue();
            }
            return property;
        }
    }
}
