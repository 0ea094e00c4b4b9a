package org.cmikg.load;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cmikg.vocab.CMI;

/**
 * The subclass and subproperty closure of the ontology, applied to the records as they stream by.
 * For each {@code s rdf:type C} it adds {@code s rdf:type D} for every superclass D of C, and for each
 * {@code s p o} it adds {@code s q o} for every superproperty q of p, all into one named graph
 * ({@code graph/inferred}). Because the ontology aligns cmi terms with PROV-O, ORG, schema.org, FOAF and
 * CIDOC-CRM, {@code ?x a schema:Organization} or {@code ?x a cmi:Event} then finds every kind.
 * <p>
 * The same graph holds one derived term: {@code s cmi:startYear Y} for each {@code s cmi:startEarliest D}, Y being
 * D's year as an {@code xsd:integer}. TDB2 keeps small integers inside the term's id, so grouping or filtering by year
 * reads no term and parses no date (bench/README.md: "Aggregates").
 * <p>
 * Materialising at load time (rather than serving an inference model) keeps queries fast and answers
 * stable; the work is one map lookup per quad, and nothing is held but the ontology's hierarchy.
 */
public final class Inference {
    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, Set<Node>> superProperties;

    private Inference(Map<Node, Set<Node>> superClasses, Map<Node, Set<Node>> superProperties) {
        this.superClasses = superClasses;
        this.superProperties = superProperties;
    }

    /** The closure of {@code rdfs:subClassOf} and {@code rdfs:subPropertyOf} over IRIs in the ontology. */
    public static Inference of(Graph ontology) {
        return new Inference(closure(ontology, RDFS.subClassOf.asNode()), closure(ontology, RDFS.subPropertyOf.asNode()));
    }

    /** A stream that passes every quad on to {@code sink} and adds the inferred ones in {@code inferredGraph}. */
    public StreamRDF wrap(StreamRDF sink, Node inferredGraph) {
        return new StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                for (Triple t : infer(quad.getSubject(), quad.getPredicate(), quad.getObject())) {
                    super.quad(Quad.create(inferredGraph, t));
                }
            }

            @Override
            public void triple(Triple triple) {
                super.triple(triple);
                for (Triple t : infer(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                    super.quad(Quad.create(inferredGraph, t));
                }
            }
        };
    }

    /** The triples that follow from one triple. */
    List<Triple> infer(Node s, Node p, Node o) {
        Set<Node> targets = RDF.type.asNode().equals(p) ? superClasses.get(o) : superProperties.get(p);
        if (targets == null && !CMI.startEarliest.equals(p)) return List.of();
        Stream<Triple> closure = targets == null ? Stream.empty()
                : targets.stream().map(t -> RDF.type.asNode().equals(p) ? Triple.create(s, p, t) : Triple.create(s, t, o));
        if (CMI.startEarliest.equals(p) && o.isLiteral() && o.getLiteralValue() instanceof XSDDateTime day) {
            Node year = NodeFactory.createLiteralDT(Integer.toString(day.getYears()), XSDDatatype.XSDinteger);
            closure = Stream.concat(closure, Stream.of(Triple.create(s, CMI.startYear, year)));
        }
        return closure.toList();
    }

    private static Map<Node, Set<Node>> closure(Graph g, Node relation) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        g.find(Node.ANY, relation, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && !t.getSubject().equals(t.getObject())) {
                direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            }
        });
        Map<Node, Set<Node>> all = new HashMap<>();
        for (Node n : direct.keySet()) {
            Set<Node> seen = new LinkedHashSet<>();
            collect(n, direct, seen);
            seen.remove(n);
            all.put(n, Set.copyOf(seen));
        }
        return all;
    }

    private static void collect(Node n, Map<Node, Set<Node>> direct, Set<Node> seen) {
        for (Node up : direct.getOrDefault(n, Set.of())) {
            if (seen.add(up)) collect(up, direct, seen);
        }
    }
}
