package org.cmikg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;

/**
 * A graph as the SHACL gate reads it: everything from the store, except {@code rdfs:subClassOf}, answered from a
 * copy in memory. SHACL walks the class hierarchy for every target and every {@code sh:class} value; over the
 * store's union graph each step of that walk is an index look-up across all named graphs, which made the gate
 * most of the load time. The hierarchy is the ontology's, a few hundred triples, so the copy costs nothing and
 * the answers are the same.
 */
final class HierarchyInMemory extends GraphWrapper {
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private final Graph hierarchy = GraphFactory.createDefaultGraph();

    HierarchyInMemory(Graph data) {
        super(data);
        data.find(Node.ANY, SUBCLASS, Node.ANY).forEach(hierarchy::add);
    }

    private Graph source(Node p) { return SUBCLASS.equals(p) ? hierarchy : get(); }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) { return source(p).find(s, p, o); }

    @Override
    public ExtendedIterator<Triple> find(Triple t) { return source(t.getPredicate()).find(t); }

    @Override
    public boolean contains(Node s, Node p, Node o) { return source(p).contains(s, p, o); }

    @Override
    public boolean contains(Triple t) { return source(t.getPredicate()).contains(t); }
}
