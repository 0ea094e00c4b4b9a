package org.cmikg.server.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the browser's safety headers on every response, before any servlet writes.
 * <p>
 * The Content-Security-Policy allows scripts only from this server's own files (no inline script, no
 * {@code eval}), so markup that slips into a page cannot run; {@code connect-src 'self'} keeps the query
 * editor from sending a query anywhere else; {@code frame-ancestors 'self'} forbids framing by other sites (clickjacking) and keeps the entity pages' embedded map.
 * Inline styles stay allowed: the editor's table and code widgets set them, and styles cannot run code.
 */
public final class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The policy every page is served with. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "SAMEORIGIN");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(req, res);
    }
}
