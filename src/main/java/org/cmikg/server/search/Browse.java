package org.cmikg.server.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.server.i18n.Words;
import org.cmikg.server.linkeddata.EntityServlet;
import org.cmikg.model.Labels;
import org.cmikg.store.text.TextIndex;
import org.cmikg.store.text.TextIndex.Facet;
import org.cmikg.vocab.CMI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A faceted list over the text index, read from a request and resolved to labels in the reader's language:
 * {@code /search} (every kind of record) and {@code /claims} (claims only, newest first, with claim facets).
 * Parameters: {@code q} words, {@code type} a kind, one parameter per facet ({@code country=IRI},
 * {@code decade=1960s}, ...), {@code page}, {@code lang}. Every link keeps the others.
 */
public final class Browse {
    /** Hits per page. */
    public static final int PAGE_SIZE = 20;
    /** Facet values shown before "more". */
    public static final int SHOWN_VALUES = 10;

    /** What a list offers: its path, whether it lists claims only, its facets and its default order. */
    public enum Mode {
        SEARCH("/search", null, List.of(Facet.KIND, Facet.DECADE, Facet.COUNTRY, Facet.STANCE, Facet.SOURCE_KIND), TextIndex.Order.RELEVANCE),
        CLAIMS("/claims", "Claim", List.of(Facet.CLAIMANT, Facet.CLAIMANT_KIND, Facet.STANCE, Facet.SUBJECT, Facet.YEAR, Facet.DISPUTE),
                TextIndex.Order.NEWEST);

        final String path;
        final String type;
        final List<Facet> facets;
        final TextIndex.Order order;

        Mode(String path, String type, List<Facet> facets, TextIndex.Order order) {
            this.path = path;
            this.type = type;
            this.facets = facets;
            this.order = order;
        }
    }

    /** The page: the query as asked, the total, the hits, the facets and the links to other pages. */
    public record View(String path, String query, String type, String lang, long total, int from, int to, List<Row> rows,
            List<FacetView> facets, List<Chosen> chosen, String previous, String next, String otherLanguage) {
        public String t(String key) { return Words.t(key, lang); }
    }

    /** One hit as a row of the list. */
    public record Row(String href, String label, String kind, String when, List<Ref> countries, String stance, String stanceSlug,
            List<Ref> claimants, String text, int disputes, int disputedBy, String iri, List<String> types, float score,
            String labelLang, String textLang) {}

    /** A linked name, and its language when it is not the page's (an English-only name on a Spanish page). */
    public record Ref(String label, String href, String lang) {}

    /** A facet with its values. */
    public record FacetView(String dim, String title, List<Value> values) {}

    /** A facet value, its count, and the link that selects it (or, once selected, removes it). */
    public record Value(String value, String label, long count, String href, boolean selected, String lang) {}

    /** A selection in force, and the link that removes it. */
    public record Chosen(String title, String label, String removeHref) {}

    private final TextIndex index;
    private final DatasetGraph dsg;
    private final Mode mode;

    public Browse(TextIndex index, DatasetGraph dsg, Mode mode) {
        this.index = index;
        this.dsg = dsg;
        this.mode = mode;
    }

    public View view(HttpServletRequest req) {
        String lang = Words.language(req);
        String q = param(req, "q");
        String type = mode.type != null ? mode.type : param(req, "type");
        Map<String, String> params = new LinkedHashMap<>();
        if (!q.isEmpty()) params.put("q", q);
        if (mode.type == null && !type.isEmpty()) params.put("type", type);
        Map<Facet, String> filter = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            String v = param(req, f.dim());
            if (!v.isEmpty()) {
                filter.put(f, v);
                params.put(f.dim(), v);
            }
        }
        if (req.getParameter("lang") != null) params.put("lang", lang);
        int page = Math.max(1, Math.min(intParam(req, "page"), TextIndex.MAX_OFFSET / PAGE_SIZE));
        List<Facet> facets = new ArrayList<>(mode.facets);
        filter.keySet().forEach(f -> { if (!facets.contains(f)) facets.add(f); });
        TextIndex.Results r = index.search(new TextIndex.Request(q, type.isEmpty() ? null : type, filter, facets,
                q.isEmpty() ? mode.order : TextIndex.Order.RELEVANCE, lang, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        return Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getUnionGraph();
            List<Row> rows = r.hits().stream().map(h -> row(g, h, lang)).toList();
            List<FacetView> facetViews = new ArrayList<>();
            List<Chosen> chosen = new ArrayList<>();
            for (Facet f : facets) {
                String selected = filter.get(f);
                List<TextIndex.Count> counts = new ArrayList<>(r.facets().getOrDefault(f, List.of()));
                if (f == Facet.DECADE || f == Facet.YEAR) counts.sort(Comparator.comparing(TextIndex.Count::value));
                List<Value> values = counts.stream().map(c -> new Value(c.value(), valueLabel(g, f, c.value(), lang), c.count(),
                        href(with(params, f.dim(), c.value().equals(selected) ? null : c.value())), c.value().equals(selected),
                        valueLanguage(g, f, c.value(), lang))).toList();
                facetViews.add(new FacetView(f.dim(), Words.t(f.dim(), lang), values));
                if (selected != null) chosen.add(new Chosen(Words.t(f.dim(), lang), valueLabel(g, f, selected, lang), href(with(params, f.dim(), null))));
            }
            if (mode.type == null && !type.isEmpty()) chosen.add(new Chosen(Words.t("type", lang), kindLabel(g, type, lang), href(with(params, "type", null))));
            int from = r.hits().isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
            int to = (page - 1) * PAGE_SIZE + r.hits().size();
            String previous = page > 1 ? href(with(params, "page", Integer.toString(page - 1))) : null;
            String next = to < r.total() && page * PAGE_SIZE < TextIndex.MAX_OFFSET ? href(with(params, "page", Integer.toString(page + 1))) : null;
            Map<String, String> other = new LinkedHashMap<>(params);
            if (page > 1) other.put("page", Integer.toString(page));
            other.put("lang", "es".equals(lang) ? "en" : "es");
            return new View(mode.path, q, mode.type == null ? type : "", lang, r.total(), from, to, rows, facetViews, chosen,
                    previous, next, href(other));
        });
    }

    private Row row(Graph g, TextIndex.Hit h, String lang) {
        String when = h.kind().equals("Claim") && h.date() != null ? h.date()
                : h.year() == null ? "" : h.year() + (h.yearEnd() != null && !h.yearEnd().equals(h.year()) ? "–" + h.yearEnd() : "");
        List<Ref> countries = h.countries().stream().map(c -> ref(g, c, lang)).toList();
        List<Ref> claimants = h.claimants().stream().map(c -> ref(g, c, lang)).toList();
        String stance = h.stance() == null ? null : Labels.of(g, node(h.stance()), lang);
        String stanceSlug = h.stance() == null ? "" : h.stance().substring(h.stance().lastIndexOf('/') + 1);
        return new Row(Words.keep(EntityServlet.localHref(h.iri()), lang), h.label(lang),
                kindLabel(g, h.kind(), lang), when, countries, stance, stanceSlug, claimants, shorten(h.text(lang)),
                h.disputes(), h.disputedBy(), h.iri(), List.of(h.kind()), h.score(), h.labelLanguage(lang), h.textLanguage(lang));
    }

    private static Ref ref(Graph g, String iri, String lang) {
        return new Ref(Labels.of(g, node(iri), lang), Words.keep(EntityServlet.localHref(iri), lang),
                Labels.otherLanguage(Labels.labelNode(g, node(iri), lang), lang));
    }

    private static String valueLabel(Graph g, Facet f, String value, String lang) {
        return switch (f) {
            case KIND, SOURCE_KIND, CLAIMANT_KIND -> kindLabel(g, value, lang);
            case DECADE, YEAR -> value;
            case DISPUTE -> Words.t(value, lang);
            default -> Labels.of(g, node(value), lang);
        };
    }

    /** The language of a record's name shown as a facet value, when it is not the page's. */
    private static String valueLanguage(Graph g, Facet f, String value, String lang) {
        return switch (f) {
            case COUNTRY, CLAIMANT, SUBJECT -> Labels.otherLanguage(Labels.labelNode(g, node(value), lang), lang);
            default -> null;
        };
    }

    private static String kindLabel(Graph g, String localName, String lang) {
        String label = Labels.of(g, NodeFactory.createURI(CMI.NS + localName), lang);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static Node node(String iri) { return NodeFactory.createURI(iri); }

    /** At most about 300 characters, cut at a word. */
    private static String shorten(String text) {
        if (text == null || text.length() <= 300) return text;
        int cut = text.lastIndexOf(' ', 300);
        return text.substring(0, cut > 0 ? cut : 300) + "…";
    }

    private static Map<String, String> with(Map<String, String> params, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(params);
        m.remove("page");
        if (value == null) m.remove(key);
        else m.put(key, value);
        return m;
    }

    private String href(Map<String, String> params) {
        StringBuilder sb = new StringBuilder(mode.path);
        char sep = '?';
        for (var e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v.strip();
    }

    private static int intParam(HttpServletRequest req, String name) {
        try {
            return Integer.parseInt(param(req, name));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
