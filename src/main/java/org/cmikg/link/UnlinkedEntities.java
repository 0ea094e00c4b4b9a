package org.cmikg.link;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.model.Iris;
import org.cmikg.records.RecordType;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * The records that may have a Wikidata item ({@link RecordType#LINKABLE}) and have no
 * {@code skos:exactMatch} yet, read from a loaded dataset (the records and the ontology, union graph).
 * The Wikidata classes expected for each come from the ontology's {@code cmi:wikidataClass} annotations:
 * those of the record's most specific classes that have any.
 */
public final class UnlinkedEntities {
    private UnlinkedEntities() {}

    /** The unlinked records, sorted by kind and ID. */
    public static List<Entity> in(DatasetGraph dsg, Iris iris) {
        return Txn.calculateRead(dsg, () -> read(dsg.getUnionGraph(), iris));
    }

    private static List<Entity> read(Graph g, Iris iris) {
        List<Entity> entities = new ArrayList<>();
        String prefix = iris.base() + "id/";
        for (Triple t : g.find(Node.ANY, Ext.identifier, Node.ANY).toList()) {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(prefix)) continue;
            String kind = s.getURI().substring(prefix.length()).split("/", 2)[0];
            if (RecordType.LINKABLE.stream().noneMatch(r -> r.kind().equals(kind))) continue;
            if (g.contains(s, Ext.exactMatch, Node.ANY)) continue;
            entities.add(entity(g, s, t.getObject().getLiteralLexicalForm(), kind));
        }
        entities.sort(Comparator.comparing(Entity::kind).thenComparing(Entity::id));
        return entities;
    }

    private static Entity entity(Graph g, Node s, String id, String kind) {
        Set<Entity.Label> labels = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Node l : objects(g, s, Ext.label)) {
            String lang = l.getLiteralLanguage().isEmpty() ? "en" : l.getLiteralLanguage();
            labels.add(new Entity.Label(l.getLiteralLexicalForm(), lang));
            names.add(l.getLiteralLexicalForm());
        }
        for (Node l : objects(g, s, Ext.altLabel)) names.add(l.getLiteralLexicalForm());

        Set<String> countries = new TreeSet<>();
        for (Node p : List.of(CMI.country, CMI.hostCountry, CMI.nationality)) {
            for (Node c : objects(g, s, p)) {
                for (Node item : objects(g, c, Ext.exactMatch)) qid(item).ifPresent(countries::add);
            }
        }
        return new Entity(id, kind, List.copyOf(labels), List.copyOf(names), countries,
                span(g, s, CMI.startEarliest, CMI.startLatest), span(g, s, CMI.endEarliest, CMI.endLatest),
                expectedClasses(g, objects(g, s, Ext.type)));
    }

    /**
     * The {@code cmi:wikidataClass} values of the most specific classes that have some: the record's
     * classes and their superclasses, less any class that is a superclass of another annotated one.
     */
    static Set<String> expectedClasses(Graph g, List<Node> types) {
        Set<Node> all = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(types);
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (all.add(c)) todo.addAll(objects(g, c, Ext.subClassOf));
        }
        Set<Node> annotated = new LinkedHashSet<>();
        for (Node c : all) if (g.contains(c, CMI.wikidataClass, Node.ANY)) annotated.add(c);
        Set<Node> superclasses = new HashSet<>();
        for (Node c : annotated) {
            for (Node sup : superclassesOf(g, c)) if (!sup.equals(c)) superclasses.add(sup);
        }
        Set<String> classes = new TreeSet<>();
        for (Node c : annotated) {
            if (superclasses.contains(c)) continue;
            for (Node item : objects(g, c, CMI.wikidataClass)) qid(item).ifPresent(classes::add);
        }
        return classes;
    }

    private static Set<Node> superclassesOf(Graph g, Node c) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(objects(g, c, Ext.subClassOf));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (seen.add(n)) todo.addAll(objects(g, n, Ext.subClassOf));
        }
        return seen;
    }

    private static Entity.Span span(Graph g, Node s, Node earliest, Node latest) {
        Optional<LocalDate> from = day(g, s, earliest);
        Optional<LocalDate> to = day(g, s, latest);
        return from.isPresent() && to.isPresent() ? new Entity.Span(from.get(), to.get()) : null;
    }

    private static Optional<LocalDate> day(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().filter(Node::isLiteral).map(n -> LocalDate.parse(n.getLiteralLexicalForm())).min(Comparator.naturalOrder());
    }

    /** The QID of a Wikidata entity IRI. */
    static Optional<String> qid(Node item) {
        if (!item.isURI() || !item.getURI().startsWith(Namespaces.WIKIDATA_ENTITY)) return Optional.empty();
        return Optional.of(item.getURI().substring(Namespaces.WIKIDATA_ENTITY.length()));
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
