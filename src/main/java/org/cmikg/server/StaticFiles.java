package org.cmikg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.eclipse.jetty.http.QuotedQualityCSV;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /static/NAME}: the front-end files bundled in the jar at build time (no CDN, so the server works
 * offline). Only the listed files exist; there is no directory listing.
 * <p>
 * Pages link a file as {@link #url}: {@code /static/NAME?v=HASH}, the hash of its content. Such an address never
 * serves anything else, so browsers may keep it for a year without asking ({@value #IMMUTABLE}); a new version of
 * the server links the new content under a new address. A plain {@code /static/NAME} (or an outdated hash) is kept
 * but asked about again each time ({@value #REVALIDATE}): its {@code ETag}, the content hash, then gets
 * {@code 304 Not Modified}. Clients that accept gzip get a copy compressed once, on first demand, rather than on
 * every request (Jetty's gzip handler leaves this path alone).
 */
public final class StaticFiles extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The cache policy of an address that carries the content's hash. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The cache policy of a plain name, whose content may change with the server's version. */
    static final String REVALIDATE = "no-cache";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";
    private static final String JSON = "application/json";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("yasgui.min.js", JS),
            Map.entry("yasgui.min.css", CSS),
            Map.entry("editor.js", JS),
            Map.entry("chart.js", JS),
            Map.entry("cytoscape.min.js", JS),
            Map.entry("leaflet.js", JS),
            Map.entry("leaflet.css", CSS),
            Map.entry("topojson-client.min.js", JS),
            Map.entry("countries-50m.json", JSON),
            Map.entry("codes.json", JSON),
            Map.entry("vis-timeline-graph2d.min.js", JS),
            Map.entry("vis-timeline-graph2d.min.css", CSS),
            Map.entry("views.css", CSS),
            Map.entry("views.js", JS),
            Map.entry("map.js", JS),
            Map.entry("network.js", JS),
            Map.entry("timeline.js", JS));
    /** Read once per process: the files are part of the jar and do not change under it. */
    private static final Map<String, Bundled> FILES = load();

    /** One bundled file: its bytes, their hash, and (once asked for) the same compressed. */
    private static final class Bundled {
        final String type;
        final byte[] body;
        final String hash;
        private volatile byte[] gzipped;

        Bundled(String type, byte[] body) {
            this.type = type;
            this.body = body;
            this.hash = sha256(body);
        }

        byte[] gzipped() {
            byte[] g = gzipped;
            if (g == null) gzipped = g = gzip(body);
            return g;
        }
    }

    /** The address pages link {@code name} at: it names the content, so browsers keep it as long as they like. */
    public static String url(String name) {
        Bundled f = FILES.get(name);
        if (f == null) throw new IllegalArgumentException("no bundled file named " + name + "; the names are " + TYPES.keySet());
        return "/static/" + name + "?v=" + f.hash;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Bundled f = FILES.get(name);
        if (f == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean gzip = acceptsGzip(req.getHeader("Accept-Encoding"));
        String etag = '"' + f.hash + (gzip ? "-gzip" : "") + '"';
        res.setContentType(f.type);
        res.setHeader("Cache-Control", f.hash.equals(req.getParameter("v")) ? IMMUTABLE : REVALIDATE);
        res.setHeader("ETag", etag);
        res.setHeader("Vary", "Accept-Encoding");
        if (matches(req.getHeader("If-None-Match"), etag)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? f.gzipped() : f.body;
        if (gzip) res.setHeader("Content-Encoding", "gzip");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** {@code Accept-Encoding} names gzip (or anything) with a quality above zero. */
    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        QuotedQualityCSV accepted = new QuotedQualityCSV();
        accepted.addValue(acceptEncoding);
        return accepted.getValues().stream().anyMatch(v -> v.equalsIgnoreCase("gzip") || v.equals("*"));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) return true;
        }
        return false;
    }

    private static Map<String, Bundled> load() {
        Map<String, Bundled> files = new HashMap<>();
        for (Map.Entry<String, String> e : TYPES.entrySet()) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + e.getKey())) {
                if (in == null) throw new IllegalStateException("static/" + e.getKey() + " is missing from the jar; rebuild with mvn package");
                files.put(e.getKey(), new Bundled(e.getValue(), in.readAllBytes()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return Map.copyOf(files);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
