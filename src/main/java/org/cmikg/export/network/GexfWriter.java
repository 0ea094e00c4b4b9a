package org.cmikg.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedSet;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 for Gephi: a directed, dynamic graph whose edges are typed ({@code kind}) and live during spells
 * taken from their date bounds (earliest start to latest end), so Gephi's timeline plays the history; nodes
 * with dates (deployments, events, organizations) get spells too. Attributes are declared with their types;
 * dates as written (EDTF) are strings, their bounds are the spells; {@code lat}/{@code lng} are doubles
 * (what Gephi's Geo Layout reads).
 */
final class GexfWriter extends XmlNetworkWriter {
    static final String NS = "http://gexf.net/1.3";
    private static final List<String[]> NODE_ATTRIBUTES = List.of(
            new String[] {"kind", "string"}, new String[] {"wikidata", "string"}, new String[] {"url", "anyURI"},
            new String[] {"start", "string"}, new String[] {"end", "string"}, new String[] {"country", "anyURI"},
            new String[] {"lat", "double"}, new String[] {"lng", "double"});
    private static final List<String[]> EDGE_ATTRIBUTES = List.of(
            new String[] {"type", "string"}, new String[] {"start", "string"}, new String[] {"end", "string"},
            new String[] {"startEarliest", "string"}, new String[] {"startLatest", "string"},
            new String[] {"endEarliest", "string"}, new String[] {"endLatest", "string"},
            new String[] {"rank", "string"}, new String[] {"sources", "liststring"});

    private boolean inEdges;

    GexfWriter(OutputStream out) { super(out); }

    @Override
    void document(Provenance p, SortedSet<String> extra) throws XMLStreamException {
        XMLStreamWriter x = xml;
        x.writeComment(" " + p.line() + " ");
        x.writeStartElement("gexf");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("version", "1.3");
        x.writeStartElement("meta");
        x.writeAttribute("lastmodifieddate", LocalDate.ofInstant(p.generated(), ZoneOffset.UTC).toString());
        element("creator", "cmi-kg release " + p.release());
        element("keywords", "cmi-kg, " + p.name() + ", release " + p.release());
        element("description", p.line() + "\n" + p.query());
        x.writeEndElement();
        x.writeStartElement("graph");
        x.writeAttribute("defaultedgetype", "directed");
        x.writeAttribute("mode", "dynamic");
        x.writeAttribute("timeformat", "date");
        declare("node", NODE_ATTRIBUTES, extra);
        declare("edge", EDGE_ATTRIBUTES, java.util.Collections.emptySortedSet());
        x.writeStartElement("nodes");
    }

    private void declare(String cls, List<String[]> attributes, SortedSet<String> extra) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", cls);
        for (String[] a : attributes) attribute(a[0], a[1]);
        for (String e : extra) if (!has(attributes, e)) attribute(e, "string");
        xml.writeEndElement();
    }

    private static boolean has(List<String[]> attributes, String id) {
        return attributes.stream().anyMatch(a -> a[0].equals(id));
    }

    private void attribute(String id, String type) throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", id);
        xml.writeAttribute("type", type);
    }

    @Override
    void writeNode(ExportNode n) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", n.id());
        xml.writeAttribute("label", n.label());
        xml.writeStartElement("attvalues");
        value("kind", n.kind());
        value("wikidata", n.wikidata());
        value("url", n.url());
        value("start", n.start());
        value("end", n.end());
        value("country", n.country());
        if (n.located()) {
            value("lat", Double.toString(n.lat()));
            value("lng", Double.toString(n.lon()));
        }
        for (var e : n.extra().entrySet()) if (!has(NODE_ATTRIBUTES, e.getKey())) value(e.getKey(), e.getValue());
        xml.writeEndElement();
        spells(n.earliest(), n.latest());
        xml.writeEndElement();
    }

    @Override
    void writeEdge(ExportEdge e) throws XMLStreamException {
        if (!inEdges) {
            xml.writeEndElement();
            xml.writeStartElement("edges");
            inEdges = true;
        }
        xml.writeStartElement("edge");
        xml.writeAttribute("id", e.id());
        xml.writeAttribute("source", e.source());
        xml.writeAttribute("target", e.target());
        xml.writeAttribute("kind", e.type());
        xml.writeAttribute("label", e.label());
        if (e.weight() != null) xml.writeAttribute("weight", Double.toString(e.weight()));
        xml.writeStartElement("attvalues");
        value("type", e.type());
        value("start", e.start());
        value("end", e.end());
        value("startEarliest", e.startEarliest());
        value("startLatest", e.startLatest());
        value("endEarliest", e.endEarliest());
        value("endLatest", e.endLatest());
        value("rank", e.rank());
        if (!e.sources().isEmpty()) value("sources", "[" + String.join(", ", e.sources()) + "]");
        xml.writeEndElement();
        spells(e.spellStart(), e.spellEnd());
        xml.writeEndElement();
    }

    @Override
    void close() throws XMLStreamException {
        if (!inEdges) {
            xml.writeEndElement();
            xml.writeEmptyElement("edges");
        } else {
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void value(String id, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) return;
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", id);
        xml.writeAttribute("value", value);
    }

    /** One spell from the earliest to the latest day; an open end when only one bound is known. */
    private void spells(String start, String end) throws XMLStreamException {
        if (start.isEmpty() && end.isEmpty()) return;
        xml.writeStartElement("spells");
        xml.writeEmptyElement("spell");
        if (!start.isEmpty()) xml.writeAttribute("start", start);
        if (!end.isEmpty()) xml.writeAttribute("end", end);
        xml.writeEndElement();
    }
}
