package org.cmikg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
    private static final byte[] PAGE = load();

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
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setContentLength(PAGE.length);
        if ("GET".equals(req.getMethod())) res.getOutputStream().write(PAGE);
    }

    private static byte[] load() {
        try (InputStream in = LandingPage.class.getResourceAsStream("landing.html")) {
            if (in == null) throw new IllegalStateException("landing.html missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
