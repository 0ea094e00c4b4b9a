package org.cmikg.export.cite;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * The dataset's sources and pages as {@link Reference}s, read from the store's union graph (the caller holds the
 * read transaction). A page is cited as a record of the dataset, with the edition served and the day it was read.
 */
public final class References {
    /** Who a page of the dataset is by, and what it is part of. */
    public static final String AUTHORS = "The cmi-kg contributors";
    public static final String DATASET_TITLE = "Cuban Medical Internationalism Knowledge Graph";

    private final Graph union;

    public References(Graph union) { this.union = union; }

    /** Every source record, in the order of their IRIs. */
    public void forEachSource(Consumer<Reference> action) {
        List<Node> sources = new ArrayList<>(union.find(Node.ANY, RDF.type.asNode(), CMI.Source).mapWith(Triple::getSubject).toSet());
        sources.sort(java.util.Comparator.comparing(Node::getURI));
        sources.forEach(s -> action.accept(source(s)));
    }

    /** The source record {@code iri} as a reference, if it is one. */
    public Optional<Reference> source(String iri) {
        Node s = org.apache.jena.graph.NodeFactory.createURI(iri);
        return union.contains(s, RDF.type.asNode(), CMI.Source) ? Optional.of(source(s)) : Optional.empty();
    }

    private Reference source(Node s) {
        String iri = s.getURI();
        return new Reference(iri.substring(iri.lastIndexOf('/') + 1), kind(s), text(s, Ext.title).orElse(iri),
                union.find(s, Ext.creator, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList(),
                text(s, Ext.publisher).orElse(null), null, text(s, CMI.date).orElse(null), address(s, Ext.url),
                address(s, CMI.archivedAt), text(s, Ext.language).orElse(null), null, null);
    }

    /** A page of the dataset: its label, permanent address, the edition served, read today. */
    public static Reference page(String iri, String label, Edition edition) {
        String rest = iri.startsWith(Namespaces.BASE) ? iri.substring(Namespaces.BASE.length()) : iri;
        return new Reference("cmi-kg:" + rest, Reference.Kind.DATASET, label, List.of(AUTHORS), "cmi-kg", DATASET_TITLE,
                edition.date(), iri, null, null, edition.version(), LocalDate.now(ZoneOffset.UTC).toString());
    }

    /** "The cmi-kg contributors. “Label.” Cuban Medical Internationalism Knowledge Graph, release 0.1.0 of 2026-11-27. IRI (accessed DAY)." */
    public static String sentence(Reference page, Edition edition) {
        return AUTHORS + ". “" + page.title() + ".” " + DATASET_TITLE + ", " + edition.describe() + ". " + page.url()
                + " (accessed " + page.accessed() + ").";
    }

    private Reference.Kind kind(Node s) {
        for (Triple t : union.find(s, RDF.type.asNode(), Node.ANY).toList()) {
            Node c = t.getObject();
            if (c.isURI() && c.getURI().startsWith(CMI.NS) && !c.equals(CMI.Source)) {
                String slug = c.getLocalName().replaceAll("([a-z])([A-Z])", "$1-$2");
                Reference.Kind k = Reference.Kind.of(slug);
                if (k != Reference.Kind.WEB_PAGE || "WebPage".equals(c.getLocalName())) return k;
            }
        }
        return Reference.Kind.WEB_PAGE;
    }

    private Optional<String> text(Node s, Node p) {
        var it = union.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    private String address(Node s, Node p) {
        var it = union.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isURI()) return o.getURI();
        }
        return null;
    }
}
