package org.cmikg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.cmikg.server.http.Responses;
import org.cmikg.server.i18n.Words;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers {@code GET /} with the landing page and passes every other request on. A filter rather than a
 * servlet, because Fuseki's own dispatch claims {@code /} for the dataset served there.
 */
final class LandingPage extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final byte[] english;
    private final byte[] spanish;

    /** Renders the page once in each language: the store under a running server does not change. */
    LandingPage(GraphSummary summary, org.cmikg.server.about.Stories stories, String build, long quads) {
        this.english = render(summary, stories, build, quads, "en");
        this.spanish = render(summary, stories, build, quads, "es");
    }

    private static byte[] render(GraphSummary summary, org.cmikg.server.about.Stories stories, String build, long quads, String lang) {
        return Responses.render("landing.jte", Map.of("s", summary, "stories", stories, "build", build, "quads", quads, "lang", lang))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        if (!"/".equals(path) && !"/index.html".equals(path)) {
            chain.doFilter(req, res);
            return;
        }
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        byte[] page = "es".equals(Words.language(req)) ? spanish : english;
        res.setHeader("Vary", "Accept-Language");
        res.setContentType("text/html; charset=utf-8");
        res.setContentLength(page.length);
        if ("GET".equals(req.getMethod())) res.getOutputStream().write(page);
    }
}
