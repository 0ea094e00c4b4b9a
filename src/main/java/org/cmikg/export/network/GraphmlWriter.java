package org.cmikg.export.network;

import java.io.OutputStream;
import java.util.SortedSet;

import javax.xml.stream.XMLStreamException;

/**
 * GraphML with yEd's label extension: every attribute is a declared, typed {@code <key>}; besides, each node
 * carries a {@code y:ShapeNode} with its {@code y:NodeLabel} and each edge a {@code y:PolyLineEdge} with its
 * {@code y:EdgeLabel}, so yEd shows names and edge types on opening. The provenance is the graph's
 * {@code <desc>} and a comment.
 */
final class GraphmlWriter extends XmlNetworkWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String YWORKS = "http://www.yworks.com/xml/graphml";
    private static final String[] NODE_KEYS = {"label", "kind", "wikidata", "url", "start", "end", "earliest", "latest", "country"};
    private static final String[] EDGE_KEYS = {"type", "label", "start", "end", "startEarliest", "startLatest",
            "endEarliest", "endLatest", "rank", "sources"};

    private SortedSet<String> extra;

    GraphmlWriter(OutputStream out) { super(out); }

    @Override
    void document(Provenance p, SortedSet<String> extra) throws XMLStreamException {
        this.extra = extra;
        xml.writeComment(" " + p.line() + " ");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("y", YWORKS);
        for (String k : NODE_KEYS) key("n_" + k, "node", k, "string");
        key("n_lat", "node", "lat", "double");
        key("n_lng", "node", "lng", "double");
        for (String k : extra) key("x_" + k, "node", k, "string");
        for (String k : EDGE_KEYS) key("e_" + k, "edge", k, "string");
        key("e_weight", "edge", "weight", "double");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", "n_graphics");
        xml.writeAttribute("for", "node");
        xml.writeAttribute("yfiles.type", "nodegraphics");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", "e_graphics");
        xml.writeAttribute("for", "edge");
        xml.writeAttribute("yfiles.type", "edgegraphics");
        xml.writeStartElement("graph");
        xml.writeAttribute("id", p.name());
        xml.writeAttribute("edgedefault", "directed");
        element("desc", p.line() + "\n" + p.query());
    }

    private void key(String id, String forWhat, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", forWhat);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    @Override
    void writeNode(ExportNode n) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", n.id());
        String[] values = {n.label(), n.kind(), n.wikidata(), n.url(), n.start(), n.end(), n.earliest(), n.latest(), n.country()};
        for (int i = 0; i < NODE_KEYS.length; i++) data("n_" + NODE_KEYS[i], values[i]);
        if (n.located()) {
            data("n_lat", Double.toString(n.lat()));
            data("n_lng", Double.toString(n.lon()));
        }
        for (String k : extra) data("x_" + k, n.extra().get(k));
        xml.writeStartElement("data");
        xml.writeAttribute("key", "n_graphics");
        xml.writeStartElement(YWORKS, "ShapeNode");
        xml.writeStartElement(YWORKS, "NodeLabel");
        xml.writeCharacters(n.label());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    @Override
    void writeEdge(ExportEdge e) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", e.id());
        xml.writeAttribute("source", e.source());
        xml.writeAttribute("target", e.target());
        String[] values = {e.type(), e.label(), e.start(), e.end(), e.startEarliest(), e.startLatest(), e.endEarliest(),
                e.endLatest(), e.rank(), e.sourcesJoined()};
        for (int i = 0; i < EDGE_KEYS.length; i++) data("e_" + EDGE_KEYS[i], values[i]);
        if (e.weight() != null) data("e_weight", Double.toString(e.weight()));
        xml.writeStartElement("data");
        xml.writeAttribute("key", "e_graphics");
        xml.writeStartElement(YWORKS, "PolyLineEdge");
        xml.writeStartElement(YWORKS, "EdgeLabel");
        xml.writeCharacters(e.label());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void data(String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) return;
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    @Override
    void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
