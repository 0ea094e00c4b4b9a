package org.cmikg.server.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.cmikg.server.http.Responses;
import org.cmikg.server.linkeddata.EntityServlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /search?q=...&type=...}: HTML for browsers, JSON for scripts ({@code Accept: application/json}
 * or {@code format=json}). At most 50 hits; with a type and no words, every record of that kind.
 */
public final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 50;
    /** Listing a whole kind (no query words) shows more. */
    private static final int BROWSE_LIMIT = 1000;
    private static final MediaType JSON = MediaType.create("application/json");
    private static final MediaType HTML = MediaType.create("text/html");
    private static final AcceptList OFFERS = AcceptList.create(HTML, JSON);

    /** What the results page shows. */
    public record Page(String query, String type, String lang, List<SearchIndex.Hit> hits) {
        public String href(SearchIndex.Hit h) { return EntityServlet.localHref(h.iri()); }
    }

    private final transient SearchIndex index;

    public SearchServlet(SearchIndex index) { this.index = index; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String q = req.getParameter("q");
        String type = req.getParameter("type");
        String lang = EntityServlet.language(req);
        List<SearchIndex.Hit> hits = index.search(q, type, lang, q == null || q.isBlank() ? BROWSE_LIMIT : LIMIT);
        res.setHeader("Vary", "Accept, Accept-Language");
        boolean json = "json".equals(req.getParameter("format"))
                || JSON.equals(ConNeg.match(req.getHeader("Accept") == null ? "text/html" : req.getHeader("Accept"), OFFERS));
        if (json) {
            JsonArray results = new JsonArray();
            for (SearchIndex.Hit h : hits) {
                JsonObject o = new JsonObject();
                o.put("id", h.iri());
                o.put("label", h.label());
                o.put("matched", h.matched());
                JsonArray types = new JsonArray();
                h.types().forEach(types::add);
                o.put("types", types);
                o.put("score", h.score());
                results.add(o);
            }
            JsonObject body = new JsonObject();
            body.put("query", q == null ? "" : q);
            body.put("results", results);
            res.setContentType("application/json; charset=utf-8");
            res.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        Responses.html(res, "search.jte", new Page(q == null ? "" : q, type == null ? "" : type, lang, hits));
    }
}
