package org.cmikg.vocab;

import org.apache.jena.shared.PrefixMapping;

/** Namespaces of cmi-kg and of the standard vocabularies it uses, with the prefixes scholars type. */
public final class Namespaces {
    private Namespaces() {}

    /** Default base of every cmi-kg IRI (DESIGN: {@code https://w3id.org/cmi-kg/}). */
    public static final String BASE = "https://w3id.org/cmi-kg/";

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    /** Library of Congress datatype for Extended Date/Time Format literals. */
    public static final String EDTF_DATATYPE = "http://id.loc.gov/datatypes/edtf/EDTF";

    /** The prefixes used in output and offered to queries. */
    public static PrefixMapping prefixes(String base) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("cmi", base + "ontology#")
                .setNsPrefix("id", base + "id/")
                .setNsPrefix("vocab", base + "vocab/")
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("prov", PROV)
                .setNsPrefix("org", ORG)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("foaf", FOAF)
                .setNsPrefix("skos", SKOS)
                .setNsPrefix("dcterms", DCTERMS)
                .setNsPrefix("dc", DC)
                .setNsPrefix("geo", GEO)
                .setNsPrefix("wd", WIKIDATA_ENTITY)
                .setNsPrefix("crm", "http://www.cidoc-crm.org/cidoc-crm/")
                .setNsPrefix("time", "http://www.w3.org/2006/time#")
                .lock();
    }
}
