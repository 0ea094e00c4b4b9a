package org.cmikg.server.views;

import java.io.IOException;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.cmikg.server.i18n.Words;
import org.cmikg.export.network.View;
import org.cmikg.server.http.Responses;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /map}: deployments by host country on Natural Earth's shapes (Leaflet and world-atlas, bundled), by the
 * decade they began in and by kind. The page draws the GeoJSON export of the {@value #EXPORT_VIEW} view, the same
 * file its download button gives, so the map and the export cannot disagree. {@code ?focus=IRI} (a country or a
 * deployment) is passed to the export, which keeps what touches it; {@code &embed=1} drops the site header, for the
 * entity pages' frame.
 */
public final class MapPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The named view whose GeoJSON export the map draws, and whose exports are offered under it. */
    static final String EXPORT_VIEW = "organizations-deployments-countries";
    /** The view's SPARQL, shown by "Show the SPARQL"; null when the server was started without that view. */
    private final String query;

    public MapPage(List<View> views) {
        this.query = views.stream().filter(v -> v.name().equals(EXPORT_VIEW)).findFirst().map(View::text).orElse(null);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String lang = Words.language(req);
        String focus = VisualPage.focus(req);
        String selection = "view=" + EXPORT_VIEW + (focus == null ? "" : "&focus=" + VisualPage.encode(focus)) + ("es".equals(lang) ? "&lang=es" : "");
        JsonObject data = new JsonObject();
        if (focus != null) data.put("focus", focus);
        data.put("geojson", "/export?" + selection + "&format=geojson&inline=1");
        Responses.html(res, "views/map.jte", VisualPage.of(lang, "/map", query, VisualPage.exportsOf(selection),
                "1".equals(req.getParameter("embed")), data));
    }
}
