package org.cmikg.server.views;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonObject;
import org.cmikg.server.http.Responses;
import org.cmikg.vocab.Namespaces;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a network, map or timeline page shows around its drawing: its title and words in the reader's language,
 * the SPARQL it draws (shown in the editor by "Show the SPARQL"), and the export downloads. Rendered by the
 * templates in {@code src/main/jte/views/}, which escape every value; {@link #dataJson} goes to the page's script.
 */
public record VisualPage(String lang, String otherLang, String selfPath, String query, List<Download> downloads,
        boolean embed, String dataJson) {

    /** A download link: what the reader sees and the {@code /export} address. */
    public record Download(String label, String href) {}

    /** The export formats offered under every view, in the order shown (labels are format names, the same in both languages). */
    static final List<String[]> FORMATS = List.of(
            new String[] {"gexf", "GEXF"}, new String[] {"graphml", "GraphML"}, new String[] {"dot", "DOT"},
            new String[] {"cytoscape", "Cytoscape"}, new String[] {"nodes-csv", "CSV nodes"},
            new String[] {"edges-csv", "CSV edges"}, new String[] {"geojson", "GeoJSON"});

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("network", new String[] {"Network", "Red"}),
            Map.entry("map", new String[] {"Map of deployments", "Mapa de los despliegues"}),
            Map.entry("timeline", new String[] {"Timeline of deployments and events", "Cronología de despliegues y acontecimientos"}),
            Map.entry("timelineIntro", new String[] {
                "Every deployment and event with its dates. Drag to move, scroll or pinch to zoom; click an item to open its page. "
                        + "A date known only to the year or month is drawn as the range it may fall in (hatched).",
                "Cada despliegue y acontecimiento con sus fechas. Arrastre para moverse y use la rueda para acercar; haga clic en un elemento "
                        + "para abrir su página. Una fecha conocida solo por el año o el mes se dibuja como el intervalo en que puede caer (rayado)."}),
            Map.entry("mapIntro", new String[] {
                "Deployments by host country. Choose a decade (when they began) and a kind; click a country for its deployments.",
                "Despliegues por país anfitrión. Elija una década (en que comenzaron) y un tipo; haga clic en un país para ver sus despliegues."}),
            Map.entry("networkIntro", new String[] {
                "A named view of the graph as a network. Click a node to open its page.",
                "Una vista del grafo como red. Haga clic en un nodo para abrir su página."}),
            Map.entry("sparql", new String[] {"Show the SPARQL", "Ver la consulta SPARQL"}),
            Map.entry("download", new String[] {"Download", "Descargar"}),
            Map.entry("view", new String[] {"View", "Vista"}),
            Map.entry("layout", new String[] {"Layout", "Disposición"}),
            Map.entry("kinds", new String[] {"Kinds", "Tipos"}),
            Map.entry("kind", new String[] {"Kind", "Tipo"}),
            Map.entry("from", new String[] {"From", "Desde"}),
            Map.entry("to", new String[] {"To", "Hasta"}),
            Map.entry("apply", new String[] {"Apply", "Aplicar"}),
            Map.entry("decade", new String[] {"Decade", "Década"}),
            Map.entry("all", new String[] {"All", "Todos"}),
            Map.entry("edgeTypes", new String[] {"Edge types", "Tipos de relación"}),
            Map.entry("loading", new String[] {"Loading…", "Cargando…"}),
            Map.entry("chooseCountry", new String[] {"Click a country to list its deployments.", "Haga clic en un país para ver sus despliegues."}),
            Map.entry("language", new String[] {"Español", "English"}));

    /** A word of the page in its language (English or Spanish). */
    public String t(String key) { return WORDS.get(key)["es".equals(lang) ? 1 : 0]; }

    /** The editor's address with this page's query in it. */
    public String sparqlLink() { return query == null ? "/query" : "/query?query=" + encode(query); }

    /** The same page in the other language. */
    public String otherLangLink() { return selfPath + (selfPath.contains("?") ? "&" : "?") + "lang=" + otherLang; }

    static VisualPage of(String lang, String selfPath, String query, List<Download> downloads, JsonObject data) {
        return of(lang, selfPath, query, downloads, false, data);
    }

    /** An embedded page (in an entity page's frame) has no site header; its links open in the whole window. */
    static VisualPage of(String lang, String selfPath, String query, List<Download> downloads, boolean embed, JsonObject data) {
        data.put("lang", lang);
        data.put("embed", embed);
        if (query != null) data.put("query", query);
        JsonObject words = new JsonObject();
        for (String key : WORDS.keySet()) words.put(key, WORDS.get(key)["es".equals(lang) ? 1 : 0]);
        data.put("words", words);
        return new VisualPage(lang, "es".equals(lang) ? "en" : "es", selfPath, query, List.copyOf(downloads), embed,
                Responses.scriptJson(data.toString()));
    }

    /** The downloads of one named view in every format, with the page's language. */
    static List<Download> exportsOf(String view, String lang) {
        return exportsOf("view=" + encode(view) + ("es".equals(lang) ? "&lang=es" : ""));
    }

    /** The downloads of an export selected by {@code parameters} ({@code view=...} or {@code query=...} and filters). */
    static List<Download> exportsOf(String parameters) {
        return FORMATS.stream().map(f -> new Download(f[1], "/export?" + parameters + "&format=" + f[0])).toList();
    }

    /** The entity IRI a page is about ({@code ?focus=}), if it is one of ours; anything else is ignored. */
    static String focus(HttpServletRequest req) {
        String f = req.getParameter("focus");
        return f != null && f.matches(Pattern.quote(Namespaces.BASE) + "id/[a-z]+/[a-z0-9-]+") ? f : null;
    }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
