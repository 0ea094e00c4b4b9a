package org.cmikg.server.catalog;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.server.i18n.Words;
import org.cmikg.export.DumpFormat;
import org.cmikg.server.http.Responses;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dumps/}: the whole dataset, streamed from the store as it is read (see {@link DumpFormat}),
 * and an index page that lists the files. Files are named with the release (or store build) they hold,
 * {@code cmi-kg-0.1.0.nq.gz}; the unversioned names ({@code cmi-kg.nq.gz}) answer too, with the versioned
 * file name in {@code Content-Disposition}.
 */
public final class Dumps extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/dumps/";

    private final transient DatasetGraph dsg;
    private final String version;

    /** The dumps of {@code dsg}, named with {@code version} (the release or store build served). */
    public Dumps(DatasetGraph dsg, String version) {
        this.dsg = dsg;
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            index(res, Words.language(req));
            return;
        }
        Optional<DumpFormat> format = DumpFormat.byFileName(name)
                .or(() -> java.util.Arrays.stream(DumpFormat.values()).filter(f -> f.fileName(version).equals(name)).findFirst());
        if (format.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DumpFormat f = format.get();
        res.setContentType(f.gzip() ? "application/gzip" : f.mediaType() + "; charset=utf-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"" + f.fileName(version) + "\"");
        var out = res.getOutputStream();
        Txn.executeRead(dsg, () -> {
            try {
                f.write(dsg, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void index(HttpServletResponse res, String lang) throws IOException {
        Responses.html(res, "dumps.jte", java.util.Map.of("formats", List.of(DumpFormat.values()), "version", version, "lang", lang));
    }
}
