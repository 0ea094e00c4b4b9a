package org.cmikg.server.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies the server should never spend time on, before anything reads them: compressed
 * bodies (a few kilobytes can inflate to a query that takes minutes to parse) and bodies larger than
 * {@link #MAX_BODY_BYTES}, which no reasonable query needs.
 */
public final class RequestLimits extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The largest request body accepted: 256 KiB, far beyond any hand-written or generated query. */
    public static final long MAX_BODY_BYTES = 256 * 1024;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String encoding = req.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            refuse(res, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Compressed request bodies (Content-Encoding: " + encoding + ") are not accepted; send the query uncompressed.");
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB; no query here needs that much.");
            return;
        }
        chain.doFilter(req, res);
    }

    private static void refuse(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.setHeader("Connection", "close");
        res.getWriter().println(message);
    }
}
