package org.cmikg.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.SortedSet;

/**
 * GeoJSON (RFC 7946): a FeatureCollection with one Point feature per event or deployment of the network that has
 * coordinates: its place's when a source gives them, else its host country's centroid. Coordinates are
 * {@code [longitude, latitude]} in WGS84, as the RFC orders them. Nodes without coordinates are left out
 * rather than guessed. Properties: id, label, kind and kindLabel (the class's label in the language asked), dates as
 * written and their bounds, country with its countryLabel and countryCode (ISO 3166-1 alpha-3, to find its shape),
 * url, wikidata, sources. The provenance is a foreign member of the collection.
 */
final class GeoJsonWriter extends JsonNetworkWriter {

    GeoJsonWriter(OutputStream out) { super(out); }

    @Override
    public void begin(Provenance p, SortedSet<String> extra) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        provenance(p);
        json.writeArrayFieldStart("features");
    }

    @Override
    public void node(ExportNode n) throws IOException {
        if (!n.event() || !n.located()) return;
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", n.id());
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(n.lon());
        json.writeNumber(n.lat());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("id", n.id());
        json.writeStringField("label", n.label());
        json.writeStringField("kind", n.kind());
        json.writeStringField("kindLabel", n.kindLabel());
        json.writeStringField("start", n.start());
        json.writeStringField("end", n.end());
        json.writeStringField("earliest", n.earliest());
        json.writeStringField("latest", n.latest());
        json.writeStringField("country", n.country());
        json.writeStringField("countryLabel", n.countryLabel());
        json.writeStringField("countryCode", n.countryCode());
        json.writeStringField("url", n.url());
        json.writeStringField("wikidata", n.wikidata());
        json.writeArrayFieldStart("sources");
        for (String src : n.sources()) json.writeString(src);
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void edge(ExportEdge e) { }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
