package org.cmikg.export.network;

import java.util.List;

/**
 * One edge of an exported network. Dates keep what the source said ({@code start}, {@code end} in EDTF)
 * and the bounds of what it can mean ({@code xsd:date}), so uncertainty survives the export.
 *
 * @param id       {@code e1}, {@code e2}, ... in the order the query returned the edges
 * @param source   id of the source node; {@code target} likewise
 * @param type     the edge type: local name of the property or concept, or the literal given by the query
 * @param label    the type's label in the requested language (the type itself when it has none)
 * @param sources  IRIs of the sources behind the edge
 * @param weight   null when the query gives none
 */
public record ExportEdge(String id, String source, String target, String type, String label,
                         String start, String end, String startEarliest, String startLatest,
                         String endEarliest, String endLatest, String rank, List<String> sources, Double weight) {

    /** The earliest day the edge can have begun, else the earliest day it can have ended; empty when undated. */
    public String spellStart() { return !startEarliest.isEmpty() ? startEarliest : endEarliest; }

    /** The latest day the edge can have ended; empty when it has no end date (ongoing or unknown). */
    public String spellEnd() { return endLatest; }

    /** The sources joined the way flat formats carry several values: {@code a | b}. */
    public String sourcesJoined() { return String.join(" | ", sources); }
}
