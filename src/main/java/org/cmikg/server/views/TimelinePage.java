package org.cmikg.server.views;

import java.io.IOException;

import org.apache.jena.atlas.json.JsonObject;
import org.cmikg.server.i18n.Words;
import org.cmikg.server.http.Responses;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /timeline}: every deployment and event on a zoomable timeline (vis-timeline, bundled). The page runs
 * {@code timeline.rq} on {@code /sparql}; fuzzy dates are drawn from their earliest to their latest day.
 */
public final class TimelinePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The named view whose exports are offered under the timeline. */
    static final String EXPORT_VIEW = "deployments-events";
    private final transient ViewQuery query = ViewQuery.resource("timeline.rq").labelled();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String lang = Words.language(req);
        Responses.html(res, "views/timeline.jte", VisualPage.of(lang, "/timeline", query.in(lang),
                VisualPage.exportsOf(EXPORT_VIEW, lang), new JsonObject()));
    }
}
