package org.cmikg.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.SortedSet;

/**
 * Cytoscape.js elements JSON: {@code {"provenance":{...},"elements":{"nodes":[{"data":{...}}],"edges":[...]}}},
 * the shape {@code cy.add(json.elements)} and Cytoscape desktop's JSON import take. Node data: id, label, kind,
 * kindLabel (the class's label in the language asked), wikidata, url (and dates, country, lat/lng when known); edge data: id, source, target, type, label, dates and
 * their bounds, rank, sources (an array).
 */
final class CytoscapeWriter extends JsonNetworkWriter {
    private boolean inEdges;

    CytoscapeWriter(OutputStream out) { super(out); }

    @Override
    public void begin(Provenance p, SortedSet<String> extra) throws IOException {
        json.writeStartObject();
        provenance(p);
        json.writeObjectFieldStart("elements");
        json.writeArrayFieldStart("nodes");
    }

    @Override
    public void node(ExportNode n) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", n.id());
        json.writeStringField("label", n.label());
        json.writeStringField("kind", n.kind());
        json.writeStringField("kindLabel", n.kindLabel());
        json.writeStringField("wikidata", n.wikidata());
        json.writeStringField("url", n.url());
        field("start", n.start());
        field("end", n.end());
        field("earliest", n.earliest());
        field("latest", n.latest());
        field("country", n.country());
        if (n.located()) {
            json.writeNumberField("lat", n.lat());
            json.writeNumberField("lng", n.lon());
        }
        for (var e : n.extra().entrySet()) if (!e.getKey().equals("id")) field(e.getKey(), e.getValue());
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void edge(ExportEdge e) throws IOException {
        if (!inEdges) startEdges();
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", e.id());
        json.writeStringField("source", e.source());
        json.writeStringField("target", e.target());
        json.writeStringField("type", e.type());
        json.writeStringField("label", e.label());
        json.writeStringField("start", e.start());
        json.writeStringField("end", e.end());
        field("startEarliest", e.startEarliest());
        field("startLatest", e.startLatest());
        field("endEarliest", e.endEarliest());
        field("endLatest", e.endLatest());
        json.writeStringField("rank", e.rank());
        json.writeArrayFieldStart("sources");
        for (String s : e.sources()) json.writeString(s);
        json.writeEndArray();
        if (e.weight() != null) json.writeNumberField("weight", e.weight());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void startEdges() throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
        inEdges = true;
    }

    @Override
    public void end() throws IOException {
        if (!inEdges) startEdges();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
