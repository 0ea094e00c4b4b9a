package org.cmikg.server.catalog;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.export.cite.CitationFormat;
import org.cmikg.export.cite.References;
import org.cmikg.vocab.Namespaces;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /sources.bib}, {@code /sources.ris}, {@code /sources.csl.json}: every source the dataset cites, as a
 * bibliography a reference manager (Zotero, JabRef, EndNote) imports; {@code ?id=SOURCE} (repeatable) for some of them.
 * Streamed one reference at a time.
 */
public final class Bibliography extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The paths served, one per format. */
    public static final java.util.List<String> PATHS = java.util.Arrays.stream(CitationFormat.values())
            .map(f -> "/sources." + f.extension()).toList();

    private final transient DatasetGraph dsg;

    public Bibliography(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getServletPath();
        Optional<CitationFormat> format = CitationFormat.byExtension(path.substring("/sources.".length()));
        if (format.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] ids = req.getParameterValues("id");
        res.setContentType(format.get().mediaType() + "; charset=utf-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"cmi-kg-sources." + format.get().extension() + "\"");
        OutputStreamWriter w = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        Txn.executeRead(dsg, () -> {
            References refs = new References(dsg.getUnionGraph());
            try (CitationFormat.Out out = format.get().open(w)) {
                if (ids == null) refs.forEachSource(out::write);
                else for (String id : ids) refs.source(Namespaces.BASE + "id/source/" + id).ifPresent(out::write);
            }
        });
    }
}
