package org.cmikg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import org.apache.jena.atlas.json.io.JSWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the dataset as expanded JSON-LD, one quad at a time: an array of graph objects, each with the node
 * objects of its subjects ({@code {"@id": ..., "@graph": [{"@id": s, p: [{"@id": o}]}]}}). Jena's JSON-LD
 * writer frames a whole graph in memory; this keeps memory flat. Consecutive quads of one subject share a
 * node object; a subject met again later gets another node object with the same {@code @id}, which JSON-LD
 * processors merge. The caller holds the read transaction.
 */
public final class JsonLdDump {
    private JsonLdDump() {}

    public static void write(DatasetGraph dsg, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("[");
        Node graph = null;
        Node subject = null;
        Node predicate = null;
        Iterator<Quad> quads = dsg.find();
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!q.getGraph().equals(graph)) {
                if (graph != null) w.write("]}]}");
                w.write(graph == null ? "\n" : ",\n");
                w.write("{\"@id\":" + str(q.getGraph().getURI()) + ",\"@graph\":[");
                graph = q.getGraph();
                subject = null;
            }
            if (!q.getSubject().equals(subject)) {
                if (subject != null) w.write("]},\n");
                w.write("{\"@id\":" + str(id(q.getSubject())));
                subject = q.getSubject();
                predicate = null;
            }
            if (!q.getPredicate().equals(predicate)) {
                if (predicate != null) w.write("]");
                boolean type = q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI();
                w.write("," + str(type ? "@type" : q.getPredicate().getURI()) + ":[");
                predicate = q.getPredicate();
            } else {
                w.write(",");
            }
            w.write(object(q));
        }
        if (subject != null) w.write("]}");
        if (graph != null) w.write("]}");
        w.write("\n]\n");
        w.flush();
    }

    private static String object(Quad q) {
        Node o = q.getObject();
        if (q.getPredicate().equals(RDF.type.asNode()) && o.isURI()) return str(o.getURI());
        if (!o.isLiteral()) return "{\"@id\":" + str(id(o)) + "}";
        String lang = o.getLiteralLanguage();
        if (!lang.isEmpty()) return "{\"@value\":" + str(o.getLiteralLexicalForm()) + ",\"@language\":" + str(lang) + "}";
        return "{\"@value\":" + str(o.getLiteralLexicalForm()) + ",\"@type\":" + str(o.getLiteralDatatypeURI()) + "}";
    }

    private static String id(Node n) { return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI(); }

    private static String str(String s) { return JSWriter.outputQuotedString(s); }
}
