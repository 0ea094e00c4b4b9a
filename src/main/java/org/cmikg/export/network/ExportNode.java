package org.cmikg.export.network;

import java.util.Map;

/**
 * One node of an exported network, as every writer sees it.
 *
 * @param id        the node's IRI (or the lexical form of a literal end of an edge list)
 * @param label     its name in the requested language, else in any language, else the IRI's last segment
 * @param kind      the local name of its most specific cmi class ({@code Brigade}), empty when it has none
 * @param kindLabel that class's label in the requested language, from the ontology ({@code Brigada}), empty likewise
 * @param wikidata  the Wikidata QID from {@code skos:exactMatch}, empty when there is no verified link
 * @param url       the address of its entity page
 * @param start     start as written (EDTF), empty when unknown; {@code end} likewise
 * @param earliest  earliest day it can have started ({@code xsd:date}), empty when unknown
 * @param latest    latest day it can have ended, empty when unknown or ongoing
 * @param country   IRI of its host country or country, empty when none
 * @param countryLabel that country's name in the requested language, empty likewise
 * @param countryCode  its ISO 3166-1 alpha-3 code ({@code CUB}), empty likewise
 * @param lat       WGS84 latitude from its place or country, null when no source gives one
 * @param lon       WGS84 longitude, null likewise
 * @param sources   IRIs of the sources the node's record cites
 * @param event     true for an event (deployments are events): what a map shows
 * @param extra     further attributes (literal values of a CONSTRUCT result), by property local name
 */
public record ExportNode(String id, String label, String kind, String kindLabel, String wikidata, String url,
                         String start, String end, String earliest, String latest,
                         String country, String countryLabel, String countryCode, Double lat, Double lon, java.util.List<String> sources, boolean event, Map<String, String> extra) {

    /** The sources joined the way flat formats carry several values: {@code a | b}. */
    public String sourcesJoined() { return String.join(" | ", sources); }

    /** True when the node has coordinates. */
    public boolean located() { return lat != null && lon != null; }
}
