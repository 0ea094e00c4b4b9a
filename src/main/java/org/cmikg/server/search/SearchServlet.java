package org.cmikg.server.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.server.http.Responses;
import org.cmikg.store.text.TextIndex;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /search} and {@code /claims} (see {@link Browse}): HTML for browsers, JSON for scripts
 * ({@code Accept: application/json} or {@code format=json}) with the total, the page of results and the facets.
 */
public final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final MediaType JSON = MediaType.create("application/json");
    private static final MediaType HTML = MediaType.create("text/html");
    private static final AcceptList OFFERS = AcceptList.create(HTML, JSON);

    private final transient Browse browse;
    private final String template;

    public SearchServlet(TextIndex index, DatasetGraph dsg, Browse.Mode mode) {
        this.browse = new Browse(index, dsg, mode);
        this.template = mode == Browse.Mode.CLAIMS ? "claims.jte" : "search.jte";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Browse.View v = browse.view(req);
        res.setHeader("Vary", "Accept, Accept-Language");
        boolean json = "json".equals(req.getParameter("format"))
                || JSON.equals(ConNeg.match(req.getHeader("Accept") == null ? "text/html" : req.getHeader("Accept"), OFFERS));
        if (!json) {
            Responses.html(res, template, v);
            return;
        }
        res.setContentType("application/json; charset=utf-8");
        res.getOutputStream().write(json(v).toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(Browse.View v) {
        JsonArray results = new JsonArray();
        for (Browse.Row r : v.rows()) {
            JsonObject o = new JsonObject();
            o.put("id", r.iri());
            o.put("label", r.label());
            o.put("kind", r.kind());
            JsonArray types = new JsonArray();
            r.types().forEach(types::add);
            o.put("types", types);
            if (!r.when().isEmpty()) o.put("when", r.when());
            JsonArray countries = new JsonArray();
            r.countries().forEach(c -> countries.add(c.label()));
            o.put("countries", countries);
            if (r.stance() != null) o.put("stance", r.stance());
            if (!r.claimants().isEmpty()) {
                JsonArray claimants = new JsonArray();
                r.claimants().forEach(c -> claimants.add(c.label()));
                o.put("claimants", claimants);
            }
            if (r.text() != null) o.put("text", r.text());
            o.put("score", org.apache.jena.atlas.json.JsonNumber.value(r.score()));
            results.add(o);
        }
        JsonObject facets = new JsonObject();
        for (Browse.FacetView f : v.facets()) {
            JsonArray values = new JsonArray();
            for (Browse.Value val : f.values()) {
                JsonObject o = new JsonObject();
                o.put("value", val.value());
                o.put("label", val.label());
                o.put("count", val.count());
                values.add(o);
            }
            facets.put(f.dim(), values);
        }
        JsonObject body = new JsonObject();
        body.put("query", v.query());
        body.put("total", v.total());
        body.put("from", v.from());
        body.put("to", v.to());
        if (v.next() != null) body.put("next", v.next());
        body.put("results", results);
        body.put("facets", facets);
        return body;
    }
}
