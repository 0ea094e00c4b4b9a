package org.cmikg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.cmikg.server.http.Responses;

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
    private final byte[] page;

    /** Renders the page once: the store under a running server does not change. */
    LandingPage(GraphSummary summary, org.cmikg.server.about.Stories stories, String build, long quads) {
        this.page = Responses.render("landing.jte", Map.of("s", summary, "stories", stories, "build", build, "quads", quads))
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
        res.setContentType("text/html; charset=utf-8");
        res.setContentLength(page.length);
        if ("GET".equals(req.getMethod())) res.getOutputStream().write(page);
    }
}
