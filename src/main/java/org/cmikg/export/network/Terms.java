package org.cmikg.export.network;

import org.apache.jena.graph.Node;

/** How nodes of the store become strings in exports. */
final class Terms {
    private Terms() {}

    /** The id of a node: its IRI, {@code _:label} for a blank node, the lexical form of a literal. */
    static String id(Node n) {
        if (n.isURI()) return n.getURI();
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.getLiteralLexicalForm();
    }

    /** The last segment of an IRI ({@code Brigade} of {@code ...ontology#Brigade}); the text of a literal. */
    static String localName(Node n) {
        if (n == null) return "";
        if (!n.isURI()) return id(n);
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The lexical form of a bound value, empty when unbound. */
    static String text(Node n) {
        return n == null ? "" : id(n);
    }
}
