package org.cmikg.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.cmikg.vocab.Namespaces;

/**
 * The one rule that turns record IDs into IRIs.
 * <ul>
 * <li>entity: {@code {base}id/{kind}/{record-id}}, e.g. {@code https://w3id.org/cmi-kg/id/person/che-guevara}</li>
 * <li>controlled value: {@code {base}vocab/{scheme}/{slug}}, e.g. {@code .../vocab/role/minister}</li>
 * <li>named graph: {@code {base}graph/{name}}, e.g. {@code .../graph/people} for {@code data/people.csv}</li>
 * </ul>
 * The base of entities and graphs is configurable (for a private mirror); the ontology namespace and its
 * controlled values are not, because they name the ontology itself.
 */
public record Iris(String base) {

    /** The IRIs under the public base {@value Namespaces#BASE}. */
    public static final Iris DEFAULT = new Iris(Namespaces.BASE);

    public Iris {
        if (!base.endsWith("/")) throw new IllegalArgumentException("base IRI must end with '/': " + base);
    }

    public Node entity(String kind, String recordId) { return NodeFactory.createURI(base + "id/" + kind + "/" + recordId); }

    /** The node that documents a record's Wikidata link: {@code {base}id/link/{kind}-{record-id}-wikidata}. */
    public Node wikidataLink(String kind, String recordId) { return entity("link", kind + "-" + recordId + "-wikidata"); }

    /** The node that records a search for a record's Wikidata item that found none: {@code id/link-search/person-juan-muestra-wikidata}. */
    public Node linkSearch(String kind, String recordId) { return entity("link-search", kind + "-" + recordId + "-wikidata"); }

    /** The node of an unverified candidate item for a record: {@code id/link-candidate/person-che-guevara-Q5809}. */
    public Node linkCandidate(String kind, String recordId, String qid) {
        return entity("link-candidate", kind + "-" + recordId + "-" + qid);
    }

    /** A controlled value defined in {@code ontology/vocabularies.ttl}; always under the public base. */
    public static Node concept(String scheme, String slug) {
        return NodeFactory.createURI(Namespaces.BASE + "vocab/" + scheme + "/" + slug);
    }

    /** A controlled vocabulary (SKOS concept scheme). */
    public static Node scheme(String scheme) { return NodeFactory.createURI(Namespaces.BASE + "vocab/" + scheme); }

    /** A node that belongs to a record, such as a claim's stance toward one of its subjects: {@code {record}/{part}/{id}}. */
    public Node part(Node record, String part, String id) { return NodeFactory.createURI(record.getURI() + "/" + part + "/" + id); }

    public Node graph(String name) { return NodeFactory.createURI(base + "graph/" + name); }

    /** The graph that holds the ontology and its controlled vocabularies. */
    public Node ontologyGraph() { return graph("ontology"); }

    /** The graph that holds the subclass and subproperty closure written at load time. */
    public Node inferredGraph() { return graph("inferred"); }
}
