package org.cmikg.export.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.cmikg.model.Iris;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * What the engine reads from the store about one node or edge, by index look-ups (a few per node), so the
 * query itself only has to say which nodes are joined. Runs inside the engine's read transaction.
 */
final class StoreLookup {
    private final DatasetGraph dsg;
    private final Graph union;
    private final String lang;
    private final UnaryOperator<String> pageOf;

    StoreLookup(DatasetGraph dsg, String lang, UnaryOperator<String> pageOf) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
        this.lang = lang;
        this.pageOf = pageOf;
    }

    ExportNode node(Node n, Map<String, String> extra) {
        if (n.isLiteral()) {
            return new ExportNode(Terms.id(n), n.getLiteralLexicalForm(), "Literal", "", "", "", "", "", "", "", null, null, List.of(), false, extra);
        }
        String start = first(n, CMI.start).or(() -> first(n, CMI.date)).orElse("");
        String end = first(n, CMI.end).orElse("");
        String earliest = first(n, CMI.startEarliest).or(() -> first(n, CMI.dateEarliest)).orElse("");
        String latest = first(n, CMI.endLatest).or(() -> first(n, CMI.dateLatest)).orElse("");
        Optional<Node> country = union.contains(n, Ext.type, CMI.Country) ? Optional.of(n)
                : firstNode(n, CMI.hostCountry).or(() -> firstNode(n, CMI.country));
        double[] at = coordinates(n).or(() -> places(n)).or(() -> country.flatMap(this::coordinates)).orElse(null);
        return new ExportNode(Terms.id(n), label(n), kind(n), wikidata(n), n.isURI() ? pageOf.apply(n.getURI()) : "",
                start, end, earliest, latest, country.map(Terms::id).orElse(""),
                at == null ? null : at[0], at == null ? null : at[1],
                sortedObjects(n, Ext.wasDerivedFrom).stream().map(Terms::id).toList(), union.contains(n, Ext.type, CMI.Event), extra);
    }

    /** The label in the requested language, else one without language, else any, else the IRI's last segment. */
    String label(Node n) {
        for (Node p : List.of(Ext.label, Ext.prefLabel)) {
            String any = null;
            String plain = null;
            for (Triple t : union.find(n, p, Node.ANY).toList()) {
                Node o = t.getObject();
                if (!o.isLiteral()) continue;
                String l = o.getLiteralLanguage();
                if (l.equalsIgnoreCase(lang)) return o.getLiteralLexicalForm();
                if (l.isEmpty() && plain == null) plain = o.getLiteralLexicalForm();
                if (any == null || ("en".equals(l))) any = o.getLiteralLexicalForm();
            }
            if (plain != null) return plain;
            if (any != null) return any;
        }
        return Terms.localName(n);
    }

    /** The most specific cmi class: one asserted in a record graph, else an inferred one, else any type. */
    private String kind(Node n) {
        TreeSet<String> asserted = new TreeSet<>();
        TreeSet<String> other = new TreeSet<>();
        Node inferred = Iris.DEFAULT.inferredGraph();
        dsg.find(Node.ANY, n, Ext.type, Node.ANY).forEachRemaining((Quad q) -> {
            Node c = q.getObject();
            boolean ours = c.isURI() && c.getURI().startsWith(CMI.NS);
            if (ours && !q.getGraph().equals(inferred)) asserted.add(Terms.localName(c));
            else other.add((ours ? "" : "~") + Terms.localName(c));
        });
        if (!asserted.isEmpty()) return asserted.first();
        return other.isEmpty() ? "" : other.first().replaceFirst("^~", "");
    }

    private String wikidata(Node n) {
        TreeSet<String> qids = new TreeSet<>();
        union.find(n, Ext.exactMatch, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && o.getURI().startsWith(Namespaces.WIKIDATA_ENTITY)) {
                qids.add(o.getURI().substring(Namespaces.WIKIDATA_ENTITY.length()));
            }
        });
        return qids.isEmpty() ? "" : qids.first();
    }

    /** Latitude and longitude stated on the node itself (places, countries). */
    private Optional<double[]> coordinates(Node n) {
        Optional<String> lat = first(n, Ext.lat);
        Optional<String> lon = first(n, Ext.lon);
        if (lat.isEmpty() || lon.isEmpty()) return Optional.empty();
        try {
            return Optional.of(new double[] {Double.parseDouble(lat.get()), Double.parseDouble(lon.get())});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The coordinates of the first of the node's places (by IRI) that has them. */
    private Optional<double[]> places(Node n) {
        for (Node p : sortedObjects(n, CMI.place)) {
            Optional<double[]> at = coordinates(p);
            if (at.isPresent()) return at;
        }
        return Optional.empty();
    }

    /** The lexical form of one value of {@code p} (the smallest, so exports are reproducible). */
    Optional<String> first(Node s, Node p) {
        return sortedObjects(s, p).stream().findFirst().map(Terms::text);
    }

    Optional<Node> firstNode(Node s, Node p) {
        return sortedObjects(s, p).stream().findFirst();
    }

    /** The values of {@code p}, ordered by their text. */
    List<Node> sortedObjects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        union.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort((a, b) -> Terms.text(a).compareTo(Terms.text(b)));
        return out;
    }
}
