package org.cmikg.model;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.cmikg.vocab.Ext;

/** The label a reader should see for a node: in their language, else English, else untagged, else any, else the IRI's last segment. */
public final class Labels {
    private Labels() {}

    public static String of(Graph g, Node n, String lang) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (!n.isURI()) return n.toString();
        Node label = labelNode(g, n, lang);
        if (label != null) return label.getLiteralLexicalForm();
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /**
     * The language a reader should be told a text is in, when it differs from the page's: the literal's tag, or null
     * when it is in {@code lang}, untagged or of undetermined language ({@code und}), or when there is no literal.
     */
    public static String otherLanguage(Node literal, String lang) {
        if (literal == null || !literal.isLiteral()) return null;
        String tag = literal.getLiteralLanguage();
        return tag.isEmpty() || tag.equals("und") || tag.equals(lang) ? null : tag;
    }

    /** The label literal {@link #of} shows for a resource, or null when it has none. */
    public static Node labelNode(Graph g, Node n, String lang) {
        if (!n.isURI()) return null;
        for (Node p : List.of(Ext.label, SKOS.prefLabel.asNode())) {
            Node best = null;
            int bestScore = -1;
            var it = g.find(n, p, Node.ANY);
            while (it.hasNext()) {
                Node l = it.next().getObject();
                if (!l.isLiteral()) continue;
                String lt = l.getLiteralLanguage();
                int score = lt.equals(lang) ? 4 : lt.equals("en") ? 3 : lt.isEmpty() ? 2 : 1;
                if (score > bestScore) {
                    bestScore = score;
                    best = l;
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    /** A literal value of {@code p} in {@code lang}, else English, else any; null when there is none. */
    public static String literal(Graph g, Node s, Node p, String lang) {
        Node o = literalNode(g, s, p, lang);
        return o == null ? null : o.getLiteralLexicalForm();
    }

    /** The literal {@link #literal} chooses, with its language tag; null when there is none. */
    public static Node literalNode(Graph g, Node s, Node p, String lang) {
        Node any = null;
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            if (o.getLiteralLanguage().equals(lang)) return o;
            if (any == null || o.getLiteralLanguage().equals("en")) any = o;
        }
        return any;
    }
}
