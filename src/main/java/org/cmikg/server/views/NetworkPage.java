package org.cmikg.server.views;

import java.io.IOException;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.cmikg.server.i18n.Words;
import org.cmikg.server.http.Responses;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /network}: a named view ({@code ?view=NAME}) or a query ({@code ?query=SPARQL}) as a network, drawn by
 * Cytoscape.js (bundled) from {@code /export?format=cytoscape}: layouts, filters by node kind and period
 * ({@code from}, {@code to} years), a legend of edge types, a click on a node opens its page. {@code ?focus=IRI}
 * alone draws one entity's neighbourhood ({@code neighbourhood.rq}); {@code &embed=1} drops the site header, for
 * the entity pages' frame.
 */
public final class NetworkPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The view drawn when the address names none. */
    static final String DEFAULT_VIEW = "people-organizations";
    private final transient String neighbourhood = ViewQuery.resource("neighbourhood.rq").text();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String lang = Words.language(req);
        String focus = VisualPage.focus(req);
        String query = req.getParameter("query");
        String view = req.getParameter("view");
        if (view != null && !view.matches("[a-z0-9-]+")) view = null;
        String from = year(req.getParameter("from"));
        String to = year(req.getParameter("to"));
        JsonObject data = new JsonObject();
        StringBuilder selection = new StringBuilder();
        String shown = null;
        if (query == null && view == null && focus != null) {
            query = neighbourhood;
            shown = QueryTransformOps.transform(QueryFactory.create(query),
                    Map.of(Var.alloc("focus"), NodeFactory.createURI(focus))).serialize();
        } else if (query == null && view == null) {
            view = DEFAULT_VIEW;
        }
        if (query != null) {
            data.put("queryText", query);
            selection.append("query=").append(VisualPage.encode(query));
            if (shown == null) shown = query;
        } else {
            data.put("view", view);
            selection.append("view=").append(VisualPage.encode(view));
        }
        if (focus != null) {
            data.put("focus", focus);
            selection.append("&focus=").append(VisualPage.encode(focus));
        }
        if (from != null) {
            data.put("from", from);
            selection.append("&from=").append(from);
        }
        if (to != null) {
            data.put("to", to);
            selection.append("&to=").append(to);
        }
        String self = "/network?" + selection;
        if ("es".equals(lang)) selection.append("&lang=es");
        data.put("selection", selection.toString());
        Responses.html(res, "views/network.jte", VisualPage.of(lang, self, shown,
                VisualPage.exportsOf(selection.toString()), "1".equals(req.getParameter("embed")), data));
    }

    private static String year(String s) { return s != null && s.matches("-?\\d{1,4}") ? s : null; }

}
