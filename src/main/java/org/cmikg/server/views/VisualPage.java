package org.cmikg.server.views;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonObject;
import org.cmikg.server.http.Responses;
import org.cmikg.server.i18n.Words;
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

    /** The words the views' scripts ask for by key ({@code views.js} {@code word(key)}). */
    private static final List<String> SCRIPT_WORDS = List.of("chooseCountry");

    /** A word of the page in its language (English or Spanish). */
    public String t(String key) { return Words.t(key, lang); }

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
        for (String key : SCRIPT_WORDS) words.put(key, Words.t(key, lang));
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
