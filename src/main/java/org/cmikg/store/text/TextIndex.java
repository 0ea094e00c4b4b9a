package org.cmikg.store.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of a store build, opened read-only by the server. Every word of a query must match
 * (in any order), in a name, a description or a claim's text, whatever its case and accents; a word also
 * matches the longer words it starts ({@code earthq} finds "earthquake"). Results come with their true
 * total, a page of hits, and counts by facet (kind, decade, year, country, stance, kind of source,
 * claimant, kind of claimant, subject, dispute), each count computed as if that facet's own selection were
 * not made, so a reader sees what else to pick (Lucene's drill sideways).
 * <pre>{@code
 * try (TextIndex index = TextIndex.open(store.currentTextIndex())) {
 *     TextIndex.Results r = index.search(TextIndex.Request.words("Pakistan earthquake"));
 * }
 * }</pre>
 */
public final class TextIndex implements AutoCloseable {
    /** The index's folder inside a store build. */
    public static final String DIR = "text";
    /** The deepest page served: the index is small, but a deep page costs as much as all before it. */
    public static final int MAX_OFFSET = 10_000;
    /** The most values counted per facet (there are about 200 countries and as many claimants). */
    static final int MAX_FACET_VALUES = 1_000;

    /** The facets; {@link #dim()} is the name used in URLs and JSON. */
    public enum Facet {
        KIND("kind", false), DECADE("decade", false), YEAR("year", false), COUNTRY("country", true),
        STANCE("stance", false), SOURCE_KIND("source_kind", true), CLAIMANT("claimant", true),
        CLAIMANT_KIND("claimant_kind", true), SUBJECT("subject", true), DISPUTE("dispute", false);

        private final String dim;
        private final boolean multiValued;

        Facet(String dim, boolean multiValued) {
            this.dim = dim;
            this.multiValued = multiValued;
        }

        public String dim() { return dim; }

        boolean multiValued() { return multiValued; }

        public static Facet byDim(String dim) {
            for (Facet f : values()) if (f.dim.equals(dim)) return f;
            return null;
        }
    }

    /** How hits are ordered: by relevance (the default with words), by label, or newest first. */
    public enum Order { RELEVANCE, LABEL, NEWEST }

    /**
     * What to search for.
     *
     * @param words  free text; blank lists every record that passes the filters
     * @param type   a cmi class local name ({@code Event} includes deployments), or null
     * @param filter one selected value per facet
     * @param facets the facets to count
     * @param lang   the language of labels to sort by
     */
    public record Request(String words, String type, Map<Facet, String> filter, List<Facet> facets, Order order, String lang,
            int offset, int limit) {
        public static Request words(String words) {
            return new Request(words, null, Map.of(), List.of(Facet.values()), Order.RELEVANCE, "en", 0, 20);
        }
    }

    /** One record found, with what a result list shows. */
    public record Hit(String iri, String kind, Map<String, String> labels, Map<String, String> texts, String year, String yearEnd,
            String date, List<String> countries, String stance, List<String> claimants, int disputes, int disputedBy, float score,
            Map<String, String> labelTags, Map<String, String> textTags) {
        public String label(String lang) { return labels.getOrDefault(lang, labels.getOrDefault("en", iri)); }

        /** The description or claim text in {@code lang}, else English, else null. */
        public String text(String lang) { return texts.getOrDefault(lang, texts.get("en")); }

        /** The language of {@link #label} when it is not {@code lang} (an English-only name), else null. */
        public String labelLanguage(String lang) { return other(labelTags.get(labels.containsKey(lang) ? lang : "en"), lang); }

        /** The language of {@link #text} when it is not {@code lang} (a claim quoted in English), else null. */
        public String textLanguage(String lang) { return other(textTags.get(texts.containsKey(lang) ? lang : "en"), lang); }

        private static String other(String tag, String lang) {
            return tag == null || tag.isEmpty() || tag.equals("und") || tag.equals(lang) ? null : tag;
        }
    }

    /** A facet value and how many records have it. */
    public record Count(String value, long count) {}

    /** The total, the hits of the requested page, and the counts by facet (most frequent first). */
    public record Results(long total, List<Hit> hits, Map<Facet, List<Count>> facets) {}

    /** What the index holds and how it was built. */
    public record Stats(long docs, long buildMillis, long bytes) {}

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;
    private final FacetsConfig config = TextFields.facetsConfig();
    private final Analyzer analyzer = TextFields.analyzer();
    private final Path dir;

    private TextIndex(Path dir, DirectoryReader reader) throws IOException {
        this.dir = dir;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    /** Opens the index that {@link TextIndexWriter} wrote in {@code dir}. */
    public static TextIndex open(Path dir) {
        try {
            return new TextIndex(dir, DirectoryReader.open(FSDirectory.open(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir + " (rebuild the store with 'cmi load'): "
                    + e.getMessage(), e);
        }
    }

    public Stats stats() {
        try (Stream<Path> files = Files.list(dir)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            long bytes = files.mapToLong(f -> f.toFile().length()).sum();
            return new Stats(Long.parseLong(data.getOrDefault(TextFields.DOCS, "0")),
                    Long.parseLong(data.getOrDefault(TextFields.BUILD_MILLIS, "0")), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Results search(Request r) {
        try {
            DrillDownQuery query = new DrillDownQuery(config, query(r.words(), r.type()));
            r.filter().forEach((f, v) -> query.add(f.dim(), v));
            int wanted = Math.min(r.offset(), MAX_OFFSET) + Math.max(1, r.limit());
            DrillSideways sideways = new DrillSideways(searcher, config, state);
            Sort sort = sort(r);
            DrillSideways.DrillSidewaysResult found = sort == null ? sideways.search(query, wanted)
                    : sideways.search(query, null, null, wanted, sort, false);
            TopDocs top = found.hits;
            List<Hit> hits = new ArrayList<>();
            for (int i = Math.min(r.offset(), MAX_OFFSET); i < top.scoreDocs.length; i++) hits.add(hit(top.scoreDocs[i]));
            Map<Facet, List<Count>> facets = new LinkedHashMap<>();
            for (Facet f : r.facets()) facets.put(f, counts(found.facets, f));
            return new Results(searcher.count(query), hits, facets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sort sort(Request r) {
        boolean noWords = r.words() == null || r.words().isBlank();
        Order order = r.order() == Order.RELEVANCE && noWords ? Order.LABEL : r.order();
        SortField label = new SortField(TextFields.SORT_LABEL + ("es".equals(r.lang()) ? "es" : "en"), SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> null;
            case LABEL -> new Sort(label);
            case NEWEST -> new Sort(new SortField(TextFields.SORT_DATE, SortField.Type.STRING, true), label);
        };
    }

    /**
     * Every word must match a name or a text, exactly or as the start of a longer word; names weigh more, the words
     * in the order of a name more still; records rank before the sources that mention them, and records that many
     * others point to before the rest.
     */
    private Query query(String words, String type) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> terms = terms(words == null ? "" : words);
        for (String t : terms) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            word.add(new TermQuery(new Term(TextFields.ALL, t)), Occur.SHOULD);
            word.add(new BoostQuery(new TermQuery(new Term(TextFields.NAME, t)), 3f), Occur.SHOULD);
            word.add(new BoostQuery(new PrefixQuery(new Term(TextFields.ALL, t)), 0.5f), Occur.SHOULD);
            b.add(word.build(), Occur.MUST);
        }
        if (terms.size() > 1) b.add(new BoostQuery(new PhraseQuery(TextFields.NAME, terms.toArray(String[]::new)), 5f), Occur.SHOULD);
        if (terms.isEmpty()) b.add(new MatchAllDocsQuery(), Occur.MUST);
        else {
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(TextFields.PRIMARY, "1"))), 3f), Occur.SHOULD);
            b.add(FeatureField.newLogQuery(TextFields.FEATURES, TextFields.LINKS, 4f, 1f), Occur.SHOULD);
        }
        if (type != null && !type.isBlank()) b.add(new TermQuery(new Term(TextFields.TYPE, type)), Occur.FILTER);
        return b.build();
    }

    /** The words of a query as the index holds them: lower case, no accents. */
    private List<String> terms(String words) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TextFields.ALL, words)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) if (!terms.contains(term.toString())) terms.add(term.toString());
            ts.end();
        }
        return terms;
    }

    private static List<Count> counts(Facets facets, Facet f) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(MAX_FACET_VALUES, f.dim());
        } catch (IllegalArgumentException e) {
            return List.of(); // no record has this facet
        }
        List<Count> counts = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) counts.add(new Count(lv.label, lv.value.longValue()));
        }
        return counts;
    }

    private Hit hit(ScoreDoc sd) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> labelTags = new LinkedHashMap<>();
        Map<String, String> textTags = new LinkedHashMap<>();
        for (String lang : List.of("en", "es")) {
            if (d.get(TextFields.LABEL + lang) != null) labels.put(lang, d.get(TextFields.LABEL + lang));
            if (d.get(TextFields.TEXT + lang) != null) texts.put(lang, d.get(TextFields.TEXT + lang));
            if (d.get(TextFields.LABEL_TAG + lang) != null) labelTags.put(lang, d.get(TextFields.LABEL_TAG + lang));
            if (d.get(TextFields.TEXT_TAG + lang) != null) textTags.put(lang, d.get(TextFields.TEXT_TAG + lang));
        }
        return new Hit(d.get(TextFields.IRI), d.get(TextFields.KIND), labels, texts, d.get(TextFields.YEAR), d.get(TextFields.YEAR_END),
                d.get(TextFields.DATE), List.of(d.getValues(TextFields.COUNTRY)), d.get(TextFields.STANCE),
                List.of(d.getValues(TextFields.CLAIMANT)), number(d, TextFields.DISPUTES), number(d, TextFields.DISPUTED_BY),
                Float.isNaN(sd.score) ? 0 : sd.score, labelTags, textTags);
    }

    private static int number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
