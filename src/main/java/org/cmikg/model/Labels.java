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
        for (Node p : List.of(Ext.label, SKOS.prefLabel.asNode())) {
            String best = null;
            int bestScore = -1;
            var it = g.find(n, p, Node.ANY);
            while (it.hasNext()) {
                Node l = it.next().getObject();
                if (!l.isLiteral()) continue;
                String lt = l.getLiteralLanguage();
                int score = lt.equals(lang) ? 4 : lt.equals("en") ? 3 : lt.isEmpty() ? 2 : 1;
                if (score > bestScore) {
                    bestScore = score;
                    best = l.getLiteralLexicalForm();
                }
            }
            if (best != null) return best;
        }
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** A literal value of {@code p} in {@code lang}, else English, else any; null when there is none. */
    public static String literal(Graph g, Node s, Node p, String lang) {
        String any = null;
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            if (o.getLiteralLanguage().equals(lang)) return o.getLiteralLexicalForm();
            if (any == null || o.getLiteralLanguage().equals("en")) any = o.getLiteralLexicalForm();
        }
        return any;
    }
}
