package org.cmikg.server.ontology;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cmikg.model.Iris;
import org.cmikg.server.http.Responses;
import org.cmikg.server.i18n.Words;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Namespaces;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ontology}: documentation of every class and property, generated from the ontology graph of the
 * store (so it never drifts from {@code ontology/}), with how many instances and uses the graph holds.
 * Each term has an anchor ({@code /ontology#Person}), matching its IRI's fragment. Turtle, JSON-LD and
 * RDF/XML of the ontology by {@code Accept} header.
 */
public final class OntologyDocs extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final AcceptList OFFERS = AcceptList.create(MediaType.create("text/html"), MediaType.create("text/turtle"),
            MediaType.create("application/ld+json"), MediaType.create("application/rdf+xml"));

    /** One documented term, with its label, definition, scope notes and examples in English and Spanish. */
    public record Term(String name, String iri, String labelEn, String labelEs, Texts en, Texts es,
            List<String> supers, List<String> subs, String domain, String range, long count) {
        /** The label in {@code lang} ({@code es}, else English). */
        public String label(String lang) { return "es".equals(lang) ? labelEs : labelEn; }

        /** The label in the other language. */
        public String otherLabel(String lang) { return "es".equals(lang) ? labelEn : labelEs; }

        /** The definition, scope notes and examples in {@code lang} ({@code es}, else English). */
        public Texts in(String lang) { return "es".equals(lang) ? es : en; }
    }

    /** A term's definition, scope notes and examples in one language. */
    public record Texts(String definition, List<String> notes, List<String> examples) {}

    /** The page: classes and properties. */
    public record Page(String version, List<Term> classes, List<Term> properties) {}

    private final transient Page page;
    private final transient Graph ontology;

    /**
     * @param instances how many {@code rdf:type} triples name a class (counted when the build was made)
     * @param uses      how many triples use a property
     */
    public OntologyDocs(DatasetGraph dsg, ToLongFunction<Node> instances, ToLongFunction<Node> uses) {
        Node graph = Iris.DEFAULT.ontologyGraph();
        this.ontology = GraphFactory.createDefaultGraph();
        this.page = Txn.calculateRead(dsg, () -> {
            dsg.getGraph(graph).find().forEach(ontology::add);
            List<Term> classes = new ArrayList<>();
            List<Term> properties = new ArrayList<>();
            ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
                Node s = t.getSubject();
                if (!s.isURI() || !s.getURI().startsWith(CMI.NS)) return;
                Node type = t.getObject();
                if (type.equals(OWL.Class.asNode())) {
                    classes.add(term(s, RDFS.subClassOf.asNode(), instances.applyAsLong(s)));
                } else if (type.equals(OWL.ObjectProperty.asNode()) || type.equals(OWL.DatatypeProperty.asNode())) {
                    properties.add(term(s, RDFS.subPropertyOf.asNode(), uses.applyAsLong(s)));
                }
            });
            classes.sort(Comparator.comparing(Term::name));
            properties.sort(Comparator.comparing(Term::name));
            String version = ontology.stream(Node.ANY, OWL.versionInfo.asNode(), Node.ANY).findFirst()
                    .map(x -> x.getObject().getLiteralLexicalForm()).orElse("");
            return new Page(version, classes, properties);
        });
        ontology.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(Namespaces.BASE));
    }

    private Term term(Node s, Node hierarchy, long count) {
        List<String> supers = new ArrayList<>();
        ontology.find(s, hierarchy, Node.ANY).forEach(t -> { if (t.getObject().isURI()) supers.add(shortName(t.getObject())); });
        List<String> subs = new ArrayList<>();
        ontology.find(Node.ANY, hierarchy, s).forEach(t -> subs.add(shortName(t.getSubject())));
        supers.sort(null);
        subs.sort(null);
        return new Term(s.getLocalName(), s.getURI(), text(s, RDFS.label.asNode(), "en"), text(s, RDFS.label.asNode(), "es"),
                texts(s, "en"), texts(s, "es"), supers, subs, one(s, RDFS.domain.asNode()), one(s, RDFS.range.asNode()), count);
    }

    private String text(Node s, Node p, String lang) {
        return ontology.stream(s, p, Node.ANY).map(t -> t.getObject())
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang)).map(Node::getLiteralLexicalForm)
                .findFirst().orElse("");
    }

    private Texts texts(Node s, String lang) {
        return new Texts(text(s, SKOS.definition.asNode(), lang), texts(s, SKOS.scopeNote.asNode(), lang),
                texts(s, SKOS.example.asNode(), lang));
    }

    private List<String> texts(Node s, Node p, String lang) {
        return ontology.stream(s, p, Node.ANY).map(t -> t.getObject())
                .filter(o -> o.isLiteral() && (o.getLiteralLanguage().equals(lang) || o.getLiteralLanguage().isEmpty()))
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private String one(Node s, Node p) {
        return ontology.stream(s, p, Node.ANY).map(t -> t.getObject()).filter(Node::isURI).map(OntologyDocs::shortName)
                .findFirst().orElse("");
    }

    /** {@code cmi:Person}, {@code schema:Person}: the prefixed name a scholar writes. */
    static String shortName(Node n) {
        String qname = Namespaces.prefixes(Namespaces.BASE).qnameFor(n.getURI());
        return qname != null ? qname : n.getURI();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String accept = req.getHeader("Accept");
        MediaType type = accept == null ? MediaType.create("text/html") : ConNeg.match(accept, OFFERS);
        res.setHeader("Vary", "Accept");
        if (type == null || type.getContentTypeStr().equals("text/html")) Responses.html(res, "ontology.jte", java.util.Map.of("p", page, "lang", Words.language(req)));
        else Responses.rdf(res, ontology, type);
    }
}
