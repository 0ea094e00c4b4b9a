package org.cmikg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Terms of standard vocabularies that the loaders write, gathered so no IRI string is spelled out elsewhere. */
public final class Ext {
    private Ext() {}

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    public static final Node type = RDF.type.asNode();
    public static final Node label = RDFS.label.asNode();
    public static final Node subClassOf = RDFS.subClassOf.asNode();
    public static final Node prefLabel = SKOS.prefLabel.asNode();
    public static final Node altLabel = SKOS.altLabel.asNode();
    public static final Node exactMatch = SKOS.exactMatch.asNode();
    public static final Node note = SKOS.note.asNode();
    public static final Node definition = SKOS.definition.asNode();
    public static final Node identifier = DCTerms.identifier.asNode();
    public static final Node title = DCTerms.title.asNode();
    /** {@code dc:language}, whose value is a plain code such as "en" ({@code dcterms:language} wants a resource). */
    public static final Node language = DC_11.language.asNode();
    public static final Node creator = DC_11.creator.asNode();
    public static final Node publisher = DC_11.publisher.asNode();
    public static final Node wasDerivedFrom = uri(Namespaces.PROV + "wasDerivedFrom");
    public static final Node description = uri(Namespaces.SCHEMA + "description");
    public static final Node url = uri(Namespaces.SCHEMA + "url");
    public static final Node name = uri(Namespaces.FOAF + "name");
    public static final Node lat = uri(Namespaces.GEO + "lat");
    public static final Node lon = uri(Namespaces.GEO + "long");
}
