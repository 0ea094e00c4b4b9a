package org.cmikg.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a repeated {@code GET} or {@code HEAD} from memory. A store build never changes under a running server,
 * so an answer is a function of the server's edition (build, example queries, views, limits) and the request
 * (path, query string, {@code Accept}, {@code Accept-Language}) and the day (pages cite the day they were read); that is the key, and its hash is the
 * {@code ETag}. A request whose {@code If-None-Match} names it gets {@code 304 Not Modified} before any work.
 * <p>
 * Kept: complete {@code 200} answers up to {@link #ENTRY_LIMIT} bytes, in a cache bounded by the bytes it holds
 * (least used first out), so memory stays flat. Larger answers stream as before. Not kept: anything else, and
 * SPARQL queries that call another endpoint ({@code SERVICE}), whose answers are not ours to keep.
 * {@code HEAD} is answered as {@code GET} without the body, on every route. {@value #CACHE_STATUS} says
 * {@code hit} or {@code miss}, for people and tests who want to know. The bundled files under {@value #STATIC_PATH}
 * pass through: their servlet keeps them, tags them by content and says how long they may be kept.
 */
public final class ResponseCache extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The response header that says whether the answer came from the cache. */
    public static final String CACHE_STATUS = "X-Cache";
    /** The largest answer kept: room for a large page or result, small enough to hold a few at once. */
    static final int ENTRY_LIMIT = 2 * 1024 * 1024;
    /** The bundled scripts and styles, which their servlet already holds in memory and tags by content. */
    static final String STATIC_PATH = "/static/";
    /** How long browsers and proxies may reuse an answer before asking again (a new build may be rolled out). */
    static final String CACHE_CONTROL = "public, max-age=60";
    private static final byte[] CANCELLED = "Query cancelled due to timeout".getBytes(StandardCharsets.US_ASCII);

    private record Entry(byte[] body, String contentType, List<CapturedResponse.Header> headers) {}

    private final String edition;
    private final transient Cache<String, Entry> answers;
    private final AtomicLong hits = new AtomicLong();

    /**
     * @param edition  what, besides the request, the answers depend on (the build served and the server's settings)
     * @param maxBytes the most memory the kept answers may take; 0 keeps none (ETags and {@code 304} still work)
     */
    public ResponseCache(String edition, long maxBytes) {
        this.edition = edition;
        this.answers = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> e.body().length + 2 * key.length() + 256)
                .build();
    }

    /** How many requests were answered from memory so far. */
    public long hits() { return hits.get(); }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        boolean head = "HEAD".equals(req.getMethod());
        if (!head && !"GET".equals(req.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        if (req.getRequestURI().startsWith(STATIC_PATH)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletRequest get = head ? new AsGet(req) : req;
        if (callsAnotherEndpoint(req)) {
            res.setHeader("Cache-Control", "no-store");
            CapturedResponse passed = new CapturedResponse(res, 0, head);
            chain.doFilter(get, passed);
            passed.finish();
            return;
        }
        String key = key(req);
        String etag = etag(key);
        res.setHeader("Cache-Control", CACHE_CONTROL);
        res.setHeader("ETag", etag);
        res.setHeader("Vary", "Accept, Accept-Language, Accept-Encoding");
        if (matches(req.getHeader("If-None-Match"), etag)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Entry kept = answers == null ? null : answers.getIfPresent(key);
        if (kept != null) {
            hits.incrementAndGet();
            res.setHeader(CACHE_STATUS, "hit");
            kept.headers().forEach(h -> h.applyTo(res));
            if (kept.contentType() != null) res.setContentType(kept.contentType());
            send(res, kept.body(), head);
            return;
        }
        res.setHeader(CACHE_STATUS, "miss");
        CapturedResponse captured = new CapturedResponse(res, ENTRY_LIMIT, head);
        chain.doFilter(get, captured);
        if (res.getStatus() != HttpServletResponse.SC_OK && !res.isCommitted()) {
            res.setHeader("ETag", null);
            res.setHeader("Cache-Control", "no-store");
        }
        if (!captured.complete()) {
            captured.finish();
            return;
        }
        byte[] body = captured.body();
        if (res.getStatus() == HttpServletResponse.SC_OK && answers != null && !cancelled(body)) {
            answers.put(key, new Entry(body, res.getContentType(), List.copyOf(captured.headers())));
        }
        send(res, body, head);
    }

    private static void send(HttpServletResponse res, byte[] body, boolean head) throws IOException {
        res.setContentLength(body.length);
        if (!head) res.getOutputStream().write(body);
    }

    /**
     * Everything a GET answer here depends on besides the edition; the day too, since a page's "Cite this" names
     * the day it was accessed.
     */
    private static String key(HttpServletRequest req) {
        String query = req.getQueryString();
        return req.getRequestURI() + (query == null ? "" : "?" + query)
                + '\n' + nonNull(req.getHeader("Accept")) + '\n' + nonNull(req.getHeader("Accept-Language"))
                + '\n' + LocalDate.now(ZoneOffset.UTC);
    }

    private String etag(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(edition.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] hash = sha.digest(key.getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(hash, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code If-None-Match}: a list of tags, weak or strong, possibly with the suffix a gzip layer adds. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) t = t.substring(2);
            if (t.equals("*") || t.equals(etag) || t.replace("--gzip\"", "\"").equals(etag)) return true;
        }
        return false;
    }

    /** A SPARQL query with SERVICE depends on another endpoint, which may answer differently tomorrow. */
    private static boolean callsAnotherEndpoint(HttpServletRequest req) {
        String query = req.getParameter("query");
        return query != null && query.toUpperCase(Locale.ROOT).contains("SERVICE");
    }

    /** Fuseki ends a result that the timeout cut short with a marker, not always with an error status. */
    private static boolean cancelled(byte[] body) {
        int from = Math.max(0, body.length - 200);
        outer:
        for (int i = from; i <= body.length - CANCELLED.length; i++) {
            for (int j = 0; j < CANCELLED.length; j++) {
                if (body[i + j] != CANCELLED[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    private static String nonNull(String s) { return s == null ? "" : s; }

    /** A HEAD request passed on as the GET it asks about; the body is dropped by {@link CapturedResponse}. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest req) { super(req); }

        @Override
        public String getMethod() { return "GET"; }
    }
}
