package org.cmikg.server.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.export.network.CsvShape;
import org.cmikg.export.network.NetworkExport;
import org.cmikg.export.network.NetworkFormat;
import org.cmikg.export.network.View;
import org.cmikg.export.quickstatements.QuickStatementsExport;
import org.cmikg.server.linkeddata.EntityServlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /export}: a named view or a query as a network file.
 * {@code GET /export?view=NAME|query=SPARQL&format=FMT[&lang=es][&from=YEAR&to=YEAR][&focus=IRI][&shape=kumu][&inline=1]};
 * {@code GET /export?format=quickstatements[&focus=IRI]} the facts of the linked records for Wikidata;
 * {@code GET /export} alone lists the views as JSON. Downloads are named {@code cmi-kg-NAME-RELEASE.EXT};
 * {@code inline=1} serves the same bytes for the site's own pages. Read only (only SELECT and CONSTRUCT are
 * run), with the server's query timeout and result cap; a failure is reported before the first byte.
 */
public final class ExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/export";

    private final transient DatasetGraph dsg;
    private final transient List<View> views;
    private final String release;
    private final transient Duration timeout;
    private final long cap;
    private final LocalDate built;

    /** {@code built}: the day the served store was built, given as the day facts were retrieved in QuickStatements references. */
    public ExportServlet(DatasetGraph dsg, List<View> views, String release, LocalDate built, Duration timeout, long cap) {
        this.dsg = dsg;
        this.views = List.copyOf(views);
        this.release = release;
        this.built = built;
        this.timeout = timeout;
        this.cap = cap;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (QuickStatementsExport.FORMAT.equals(req.getParameter("format"))) {
            quickStatements(req, res);
            return;
        }
        String viewName = req.getParameter("view");
        String queryText = req.getParameter("query");
        if (viewName == null && queryText == null) {
            listViews(res);
            return;
        }
        String formatKey = Optional.ofNullable(req.getParameter("format")).orElse("");
        Optional<NetworkFormat> format = NetworkFormat.byKey(formatKey);
        if (format.isEmpty()) {
            bad(res, "format '" + formatKey + "' is not known; use one of " + NetworkFormat.keys());
            return;
        }
        Optional<CsvShape> shape = CsvShape.byKey(Optional.ofNullable(req.getParameter("shape")).orElse("gephi"));
        if (shape.isEmpty()) {
            bad(res, "shape must be gephi, kumu or palladio");
            return;
        }
        String name;
        Query query;
        if (viewName != null) {
            Optional<View> view = views.stream().filter(v -> v.name().equals(viewName)).findFirst();
            if (view.isEmpty()) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND, "no view named " + viewName);
                return;
            }
            name = view.get().name();
            query = view.get().query();
        } else {
            name = "query";
            try {
                query = QueryFactory.create(queryText);
            } catch (QueryParseException e) {
                bad(res, "query is not valid SPARQL: " + e.getMessage());
                return;
            }
        }
        Integer from;
        Integer to;
        try {
            from = year(req.getParameter("from"));
            to = year(req.getParameter("to"));
        } catch (NumberFormatException e) {
            bad(res, "from and to are years, such as 1990");
            return;
        }
        String focus = req.getParameter("focus");
        if (focus != null && !focus.matches("https?://\\S+")) {
            bad(res, "focus must be an entity IRI");
            return;
        }
        String lang = "es".equals(req.getParameter("lang")) ? "es" : "en";
        boolean inline = "1".equals(req.getParameter("inline"));
        String site = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        NetworkFormat f = format.get();
        try {
            NetworkExport.create(dsg).query(query).name(name).release(release).lang(lang).period(from, to)
                    .focus(focus == null ? null : NodeFactory.createURI(focus)).csvShape(shape.get())
                    .pageOf(iri -> iri.startsWith(org.cmikg.vocab.Namespaces.BASE) ? site + EntityServlet.localHref(iri) : iri)
                    .timeout(timeout).cap(cap).build()
                    .write(f, () -> {
                        res.setContentType(f.contentType() + "; charset=utf-8");
                        res.setHeader("X-Content-Type-Options", "nosniff");
                        res.setHeader("Content-Disposition", (inline ? "inline" : "attachment")
                                + "; filename=\"" + fileName(name, release, f) + "\"");
                        return res.getOutputStream();
                    });
        } catch (QueryCancelledException e) {
            res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query took longer than the server allows");
        } catch (IllegalArgumentException | QueryException e) {
            if (res.isCommitted()) throw e;
            bad(res, e.getMessage());
        }
    }

    /** {@code cmi-kg-NAME-RELEASE.EXT}, with anything but letters, digits, dots and hyphens replaced. */
    public static String fileName(String name, String release, NetworkFormat f) {
        return fileName(name, release, f.extension());
    }

    private static String fileName(String name, String release, String extension) {
        return ("cmi-kg-" + name + "-" + release).replaceAll("[^A-Za-z0-9.-]", "-") + "." + extension;
    }

    /**
     * {@code /export?format=quickstatements[&focus=IRI][&inline=1]}: the facts of the linked records (or of one) as
     * QuickStatements V1; views and queries do not apply.
     */
    private void quickStatements(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String focus = req.getParameter("focus");
        if (focus != null && !focus.matches("https?://\\S+")) {
            bad(res, "focus must be an entity IRI");
            return;
        }
        res.setContentType(QuickStatementsExport.CONTENT_TYPE + "; charset=utf-8");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Content-Disposition", ("1".equals(req.getParameter("inline")) ? "inline" : "attachment")
                + "; filename=\"" + fileName(QuickStatementsExport.FORMAT, release, QuickStatementsExport.EXTENSION) + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8));
        Txn.executeRead(dsg, () -> QuickStatementsExport.over(dsg).focus(focus == null ? null : NodeFactory.createURI(focus))
                .write(built, out));
    }

    private static Integer year(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    private void listViews(HttpServletResponse res) throws IOException {
        JsonArray list = new JsonArray();
        for (View v : views) {
            JsonObject o = new JsonObject();
            o.put("name", v.name());
            o.put("title", v.title());
            o.put("titleEs", v.titleEs());
            o.put("description", v.description());
            list.add(o);
        }
        res.setContentType("application/json; charset=utf-8");
        res.getOutputStream().write(list.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void bad(HttpServletResponse res, String message) throws IOException {
        res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        res.setContentType("text/plain; charset=utf-8");
        res.getOutputStream().write(("export: " + message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
