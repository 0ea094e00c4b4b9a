package org.cmikg.server.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.vocab.Namespaces;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dumps/}: the whole dataset, streamed from the store as it is read (never held in memory):
 * N-Quads (gzip) and TriG with every named graph, and Turtle of the union graph. An index page lists them.
 */
public final class Dumps extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/dumps/";

    /** The formats offered, by file name. */
    public enum Format {
        NQUADS_GZ("cmi-kg.nq.gz", "application/n-quads", RDFFormat.NQUADS, true, true),
        TRIG("cmi-kg.trig", "application/trig", RDFFormat.TRIG_BLOCKS, false, true),
        TURTLE("cmi-kg.ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS, false, false);

        private final String fileName;
        private final String mediaType;
        private final RDFFormat format;
        private final boolean gzip;
        private final boolean quads;

        Format(String fileName, String mediaType, RDFFormat format, boolean gzip, boolean quads) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.format = format;
            this.gzip = gzip;
            this.quads = quads;
        }

        public String fileName() { return fileName; }

        public String mediaType() { return mediaType; }

        static Optional<Format> byName(String name) {
            return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
        }
    }

    private final transient DatasetGraph dsg;

    public Dumps(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            index(res);
            return;
        }
        Optional<Format> format = Format.byName(name);
        if (format.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Format f = format.get();
        res.setContentType(f.gzip ? "application/gzip" : f.mediaType + "; charset=utf-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"" + f.fileName + "\"");
        OutputStream out = f.gzip ? new GZIPOutputStream(res.getOutputStream(), 1 << 16) : res.getOutputStream();
        Txn.executeRead(dsg, () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, f.format);
            w.start();
            Namespaces.prefixes(Namespaces.BASE).getNsPrefixMap().forEach(w::prefix);
            if (f.quads) StreamRDFOps.sendQuadsToStream(dsg.find(), w);
            else StreamRDFOps.sendTriplesToStream(dsg.getUnionGraph().find(), w);
            w.finish();
        });
        out.flush();
        if (out instanceof GZIPOutputStream gz) gz.finish();
    }

    private static void index(HttpServletResponse res) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dumps · cmi-kg</title></head>"
                + "<body><h1>Dumps of cmi-kg</h1><p>The whole dataset, streamed from the store. Licence: CC BY 4.0.</p><ul>");
        for (Format f : Format.values()) {
            html.append("<li><a href=\"").append(f.fileName).append("\">").append(f.fileName).append("</a> (")
                    .append(f.mediaType).append(f.gzip ? ", gzip" : "").append(f.quads ? ", all named graphs" : ", union graph")
                    .append(")</li>");
        }
        html.append("</ul><p>Dataset description: <a href=\"/void\">/void</a>.</p></body></html>");
        res.setContentType("text/html; charset=utf-8");
        res.getOutputStream().write(html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
