package org.cmikg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /static/NAME}: the front-end files bundled in the jar at build time (no CDN, so the server works
 * offline). Only the listed files exist; there is no directory listing.
 */
final class StaticFiles extends HttpServlet {
    private static final long serialVersionUID = 1L;
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
    private final transient Map<String, byte[]> files = new HashMap<>();

    StaticFiles() {
        for (String name : TYPES.keySet()) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
                if (in == null) throw new IllegalStateException("static/" + name + " is missing from the jar; rebuild with mvn package");
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        byte[] body = files.get(name);
        if (body == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        res.setContentType(TYPES.get(name));
        res.setHeader("Cache-Control", "public, max-age=86400");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
