package org.cmikg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cmikg.model.Iris;
import org.cmikg.model.Slugs;
import org.cmikg.vocab.CMI;

/**
 * What the ontology allows in the records: the {@code kind} values of each record type (the subclasses
 * of its base class) and the values of each controlled vocabulary. Reading them from {@code ontology/}
 * keeps the ontology the single authority: a new kind or role needs no code change.
 */
public final class OntologyIndex {
    private final Graph ontology;

    public OntologyIndex(Graph ontology) { this.ontology = ontology; }

    /** The class a kind names ({@code government-body} → {@code cmi:GovernmentBody}) if it is a declared subclass of {@code base}. */
    public Optional<Node> kindClass(Node base, String slug) {
        if (!Slugs.isSlug(slug)) return Optional.empty();
        Node cls = NodeFactory.createURI(CMI.NS + Slugs.toClassName(slug));
        return isDeclaredClass(cls) && isSubClassOf(cls, base) ? Optional.of(cls) : Optional.empty();
    }

    /** Every kind of {@code base}, for error messages. */
    public List<String> kinds(Node base) {
        List<String> kinds = new ArrayList<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).forEach(t -> {
            Node cls = t.getSubject();
            if (cls.isURI() && cls.getURI().startsWith(CMI.NS) && !cls.equals(base) && isSubClassOf(cls, base)
                    && ontology.find(Node.ANY, RDFS.subClassOf.asNode(), cls).toList().isEmpty()) {
                kinds.add(Slugs.fromClassName(cls.getLocalName()));
            }
        });
        kinds.sort(null);
        return kinds;
    }

    /** The concept {@code slug} of vocabulary {@code scheme}, if the ontology defines it. */
    public Optional<Node> concept(String scheme, String slug) {
        if (!Slugs.isSlug(slug)) return Optional.empty();
        Node concept = Iris.concept(scheme, slug);
        return ontology.contains(concept, SKOS.inScheme.asNode(), Iris.scheme(scheme)) ? Optional.of(concept) : Optional.empty();
    }

    /** The slugs of a vocabulary, for error messages. */
    public List<String> concepts(String scheme) {
        String prefix = Iris.scheme(scheme).getURI() + "/";
        List<String> slugs = new ArrayList<>();
        ontology.find(Node.ANY, SKOS.inScheme.asNode(), Iris.scheme(scheme))
                .forEach(t -> slugs.add(t.getSubject().getURI().substring(prefix.length())));
        slugs.sort(null);
        return slugs;
    }

    /** True when {@code broader} is the direct {@code skos:broader} of {@code concept}. */
    public boolean isBroader(Node concept, Node broader) {
        return ontology.contains(concept, SKOS.broader.asNode(), broader);
    }

    private boolean isDeclaredClass(Node cls) {
        return ontology.contains(cls, RDF.type.asNode(), OWL.Class.asNode());
    }

    /** True when {@code cls} is {@code base} or one of its subclasses, directly or not. */
    public boolean isSubClassOf(Node cls, Node base) {
        if (cls.equals(base)) return true;
        for (var t : ontology.find(cls, RDFS.subClassOf.asNode(), Node.ANY).toList()) {
            if (t.getObject().isURI() && isSubClassOf(t.getObject(), base)) return true;
        }
        return false;
    }
}
