package org.cmikg.server.views;

import java.io.IOException;

import org.apache.jena.atlas.json.JsonObject;
import org.cmikg.server.http.Responses;
import org.cmikg.server.linkeddata.EntityServlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /map}: deployments by host country on Natural Earth's shapes (Leaflet and world-atlas, bundled), by the
 * decade they began in and by kind. The page runs {@code map.rq} on {@code /sparql}. {@code ?focus=IRI} (a country
 * or a deployment) keeps its rows only; {@code &embed=1} drops the site header, for the entity pages' frame.
 */
public final class MapPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The named view whose exports are offered under the map. */
    static final String EXPORT_VIEW = "organizations-deployments-countries";
    private final transient ViewQuery query = ViewQuery.resource("map.rq").labelled();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String lang = EntityServlet.language(req);
        String focus = VisualPage.focus(req);
        JsonObject data = new JsonObject();
        if (focus != null) data.put("focus", focus);
        Responses.html(res, "views/map.jte", VisualPage.of(lang, "/map", query.in(lang),
                VisualPage.exportsOf(EXPORT_VIEW, lang), "1".equals(req.getParameter("embed")), data));
    }
}
