package org.cmikg.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.SortedSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The XML formats (GEXF, GraphML) over the JDK's streaming XML writer, which escapes every value. */
abstract class XmlNetworkWriter implements NetworkWriter {
    private final OutputStream out;
    protected XMLStreamWriter xml;

    XmlNetworkWriter(OutputStream out) { this.out = out; }

    abstract void document(Provenance p, SortedSet<String> extra) throws XMLStreamException;

    abstract void writeNode(ExportNode n) throws XMLStreamException;

    abstract void writeEdge(ExportEdge e) throws XMLStreamException;

    abstract void close() throws XMLStreamException;

    @Override
    public final void begin(Provenance p, SortedSet<String> extra) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            document(p, extra);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public final void node(ExportNode n) throws IOException {
        try {
            writeNode(n);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public final void edge(ExportEdge e) throws IOException {
        try {
            writeEdge(e);
        } catch (XMLStreamException x) {
            throw new IOException(x);
        }
    }

    @Override
    public final void end() throws IOException {
        try {
            close();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** {@code <name>text</name>}. */
    void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
