package org.cmikg.export.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
    private final Map<Node, String> kindLabels = new HashMap<>();

    StoreLookup(DatasetGraph dsg, String lang, UnaryOperator<String> pageOf) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
        this.lang = lang;
        this.pageOf = pageOf;
    }

    ExportNode node(Node n, Map<String, String> extra) {
        if (n.isLiteral()) {
            return new ExportNode(Terms.id(n), n.getLiteralLexicalForm(), "Literal", "Literal", "", "", "", "", "", "", "", "", "", null, null,
                    List.of(), false, extra);
        }
        // One index scan per node: every property of the node, then the few look-ups beyond it (places, country).
        Map<Node, List<Node>> props = new HashMap<>();
        union.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> props.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        props.values().forEach(v -> v.sort((a, b) -> Terms.text(a).compareTo(Terms.text(b))));
        String start = first(props, CMI.start).or(() -> first(props, CMI.date)).orElse("");
        String end = first(props, CMI.end).orElse("");
        String earliest = first(props, CMI.startEarliest).or(() -> first(props, CMI.dateEarliest)).orElse("");
        String latest = first(props, CMI.endLatest).or(() -> first(props, CMI.dateLatest)).orElse("");
        List<Node> types = props.getOrDefault(Ext.type, List.of());
        Optional<Node> country = types.contains(CMI.Country) ? Optional.of(n)
                : firstNode(props, CMI.hostCountry).or(() -> firstNode(props, CMI.country));
        Map<Node, List<Node>> countryProps = country.map(c -> c.equals(n) ? props
                : propertiesOf(union, c, Ext.label, Ext.prefLabel, CMI.iso3166Alpha3, Ext.lat, Ext.lon)).orElse(Map.of());
        double[] at = coordinates(props).or(() -> places(props)).or(() -> coordinates(countryProps)).orElse(null);
        Node kind = kind(n);
        return new ExportNode(Terms.id(n), label(n, props), kind == null ? "" : Terms.localName(kind), kindLabel(kind), wikidata(props),
                n.isURI() ? pageOf.apply(n.getURI()) : "", start, end, earliest, latest, country.map(Terms::id).orElse(""),
                country.map(c -> label(c, countryProps)).orElse(""), first(countryProps, CMI.iso3166Alpha3).orElse(""),
                at == null ? null : at[0], at == null ? null : at[1],
                props.getOrDefault(Ext.wasDerivedFrom, List.of()).stream().map(Terms::id).toList(), types.contains(CMI.Event), extra);
    }

    private static Optional<String> first(Map<Node, List<Node>> props, Node p) {
        return firstNode(props, p).map(Terms::text);
    }

    private static Optional<Node> firstNode(Map<Node, List<Node>> props, Node p) {
        return props.getOrDefault(p, List.of()).stream().findFirst();
    }

    private static Map<Node, List<Node>> propertiesOf(Graph g, Node n, Node... ps) {
        Map<Node, List<Node>> out = new HashMap<>();
        for (Node p : ps) {
            List<Node> v = new ArrayList<>();
            g.find(n, p, Node.ANY).forEachRemaining(t -> v.add(t.getObject()));
            v.sort((a, b) -> Terms.text(a).compareTo(Terms.text(b)));
            out.put(p, v);
        }
        return out;
    }

    /** The label of a node other than the ones being described (an edge type). */
    String label(Node n) { return label(n, propertiesOf(union, n, Ext.label, Ext.prefLabel)); }

    /** The label in the requested language, else one without language, else any, else the IRI's last segment. */
    private String label(Node n, Map<Node, List<Node>> props) {
        for (Node p : List.of(Ext.label, Ext.prefLabel)) {
            String any = null;
            String plain = null;
            for (Node o : props.getOrDefault(p, List.of())) {
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

    /** The most specific cmi class: one asserted in a record graph, else an inferred one, else any type; null if none. */
    private Node kind(Node n) {
        TreeMap<String, Node> asserted = new TreeMap<>();
        TreeMap<String, Node> other = new TreeMap<>();
        Node inferred = Iris.DEFAULT.inferredGraph();
        dsg.find(Node.ANY, n, Ext.type, Node.ANY).forEachRemaining((Quad q) -> {
            Node c = q.getObject();
            boolean ours = c.isURI() && c.getURI().startsWith(CMI.NS);
            if (ours && !q.getGraph().equals(inferred)) asserted.put(Terms.localName(c), c);
            else other.put((ours ? "" : "~") + Terms.localName(c), c);
        });
        if (!asserted.isEmpty()) return asserted.firstEntry().getValue();
        return other.isEmpty() ? null : other.firstEntry().getValue();
    }

    /** The label of a class in the requested language, read once per class (an export has a few kinds). */
    private String kindLabel(Node kind) {
        return kind == null ? "" : kindLabels.computeIfAbsent(kind, this::label);
    }

    private static String wikidata(Map<Node, List<Node>> props) {
        return props.getOrDefault(Ext.exactMatch, List.of()).stream()
                .filter(o -> o.isURI() && o.getURI().startsWith(Namespaces.WIKIDATA_ENTITY))
                .map(o -> o.getURI().substring(Namespaces.WIKIDATA_ENTITY.length())).findFirst().orElse("");
    }

    private Optional<double[]> coordinates(Node n) { return coordinates(propertiesOf(union, n, Ext.lat, Ext.lon)); }

    /** Latitude and longitude stated on the node itself (places, countries). */
    private static Optional<double[]> coordinates(Map<Node, List<Node>> props) {
        Optional<String> lat = first(props, Ext.lat);
        Optional<String> lon = first(props, Ext.lon);
        if (lat.isEmpty() || lon.isEmpty()) return Optional.empty();
        try {
            return Optional.of(new double[] {Double.parseDouble(lat.get()), Double.parseDouble(lon.get())});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The coordinates of the first of the node's places (by IRI) that has them. */
    private Optional<double[]> places(Map<Node, List<Node>> props) {
        for (Node p : props.getOrDefault(CMI.place, List.of())) {
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
