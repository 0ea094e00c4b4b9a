package org.cmikg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.cmikg.model.Iris;
import org.cmikg.store.Store;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/**
 * A synthetic store for measuring exports at scale: {@code deployments} deployments, each with a label, a dated
 * start (as written, earliest, latest) and a source, prompted by one of {@code deployments / 6} events (at least one).
 * The {@code deployments-events} view over it has exactly {@link #edges} edges and {@link #nodes} nodes.
 * Used by {@code cmi bench --export} and the streaming test, which count what an export of it holds with
 * {@link #nodesAndEdges}; never part of a real store.
 */
public final class SyntheticDeployments {
    private final int deployments;

    public SyntheticDeployments(int deployments) {
        if (deployments < 1) throw new IllegalArgumentException("at least one deployment");
        this.deployments = deployments;
    }

    public int events() { return Math.max(1, deployments / 6); }

    /** One edge per deployment, to the event that prompted it. */
    public long edges() { return deployments; }

    /** Every deployment and every event. */
    public long nodes() { return deployments + events(); }

    /** Builds the store (its previous build, if any, stays until this one is complete). */
    public void build(Store store) { store.rebuild("synthetic-" + deployments, this::write, dsg -> { }); }

    private long write(StreamRDF sink) {
        Iris iris = Iris.DEFAULT;
        Node g = iris.graph("synthetic");
        Node source = iris.entity("source", "synthetic-source");
        long quads = 0;
        for (int e = 0; e < events(); e++) {
            Node ev = iris.entity("event", "synthetic-event-" + e);
            sink.quad(Quad.create(g, ev, Ext.type, CMI.Event));
            sink.quad(Quad.create(g, ev, Ext.label, NodeFactory.createLiteralLang("Synthetic event " + e, "en")));
            quads += 2;
        }
        for (int d = 0; d < deployments; d++) {
            Node dep = iris.entity("deployment", "synthetic-deployment-" + d);
            String day = (1960 + d % 60) + "-0" + (1 + d % 9) + "-1" + (d % 10);
            sink.quad(Quad.create(g, dep, Ext.type, CMI.Deployment));
            sink.quad(Quad.create(g, dep, Ext.label, NodeFactory.createLiteralLang("Synthetic deployment " + d, "en")));
            sink.quad(Quad.create(g, dep, CMI.promptedBy, iris.entity("event", "synthetic-event-" + (d % events()))));
            sink.quad(Quad.create(g, dep, CMI.start, NodeFactory.createLiteralDT(day, XSDDatatype.XSDstring)));
            sink.quad(Quad.create(g, dep, CMI.startEarliest, NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate)));
            sink.quad(Quad.create(g, dep, CMI.startLatest, NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate)));
            sink.quad(Quad.create(g, dep, Ext.wasDerivedFrom, source));
            quads += 7;
        }
        return quads;
    }

    /** The {@code <node>} and {@code <edge>} elements of a GEXF file, read as a stream. */
    public static long[] nodesAndEdges(Path gexf) throws IOException {
        long[] counts = new long[2];
        try (InputStream in = Files.newInputStream(gexf)) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("node")) counts[0]++;
                    else if (r.getLocalName().equals("edge")) counts[1]++;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(gexf + ": " + e.getMessage(), e);
        }
        return counts;
    }
}
