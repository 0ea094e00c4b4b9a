package org.cmikg.store.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.cmikg.model.Iris;
import org.cmikg.model.Labels;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * Writes the full-text index of a store build: one Lucene document per record (people, organizations,
 * countries, places, programmes, events, deployments, claims, ranked values, figures, sources), with its
 * names and texts analysed for search, its year, countries, stance, claimants and subjects as facets, and
 * what a result list shows stored. Run once by {@code cmi load}, beside the TDB2 database, so a server only
 * opens it.
 */
public final class TextIndexWriter {
    private static final Pattern RECORD = Pattern.compile(Pattern.quote(Namespaces.BASE) + "id/([a-z-]+)/[A-Za-z0-9-]+");
    /** Kinds of record that document others rather than being searched for. */
    private static final Set<String> NOT_INDEXED = Set.of("role", "link", "link-candidate");
    /** The kind a record is listed under: the first of these among its classes. */
    static final List<String> KINDS = List.of("Deployment", "Event", "Claim", "Statement", "Figure", "Source", "Person",
            "Organization", "Country", "Place", "Programme");
    /** Classes too general to say what kind of source, organization or claimant a record is. */
    private static final Set<String> GENERAL = Set.of("Source", "Agent", "Organization", "Event", "Place", "RankedValue");
    private static final Node INFERRED = Iris.DEFAULT.inferredGraph();
    private static final List<String> LANGS = List.of("en", "es");

    private final DatasetGraph dsg;
    private final Graph g;

    private TextIndexWriter(DatasetGraph dsg) {
        this.dsg = dsg;
        this.g = dsg.getUnionGraph();
    }

    /** Writes the index of {@code dsg} into {@code dir} (which must not hold one yet); returns how many records it holds. */
    public static long write(DatasetGraph dsg, Path dir) {
        long started = System.nanoTime();
        FacetsConfig config = TextFields.facetsConfig();
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(TextFields.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            TextIndexWriter w = new TextIndexWriter(dsg);
            long docs = Txn.calculateRead(dsg, () -> {
                long n = 0;
                for (Node record : w.records()) {
                    try {
                        writer.addDocument(config.build(w.document(record)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    n++;
                }
                return n;
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            writer.setLiveCommitData(Map.of(TextFields.DOCS, Long.toString(docs), TextFields.BUILD_MILLIS, Long.toString(millis)).entrySet());
            writer.commit();
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private Set<Node> records() {
        Set<Node> records = new LinkedHashSet<>();
        g.find(Node.ANY, Ext.type, Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            if (!s.isURI()) return;
            var m = RECORD.matcher(s.getURI());
            if (m.matches() && !NOT_INDEXED.contains(m.group(1))) records.add(s);
        });
        return records;
    }

    private Document document(Node s) {
        Document d = new Document();
        d.add(new StringField(TextFields.IRI, s.getURI(), Field.Store.YES));
        Set<String> types = types(s, false);
        types.forEach(t -> d.add(new StringField(TextFields.TYPE, t, Field.Store.NO)));
        String kind = KINDS.stream().filter(types::contains).findFirst().orElse(types.isEmpty() ? "Thing" : types.iterator().next());
        d.add(new StoredField(TextFields.KIND, kind));
        facet(d, TextIndex.Facet.KIND, kind);
        if (!kind.equals("Source")) d.add(new StringField(TextFields.PRIMARY, "1", Field.Store.NO));
        long links = g.find(Node.ANY, Node.ANY, s).filterDrop(t -> t.getPredicate().equals(Ext.wasDerivedFrom)).toList().size();
        d.add(new FeatureField(TextFields.FEATURES, TextFields.LINKS, 1 + links));

        List<String> names = new ArrayList<>();
        for (Node p : List.of(Ext.label, Ext.prefLabel, Ext.altLabel, Ext.title)) {
            g.find(s, p, Node.ANY).forEach(t -> { if (t.getObject().isLiteral()) names.add(t.getObject().getLiteralLexicalForm()); });
        }
        for (String lang : LANGS) {
            Optional<String> generated = generatedTitle(s, kind, lang);
            String label = generated.orElseGet(() -> Labels.of(g, s, lang));
            names.add(label);
            d.add(new StoredField(TextFields.LABEL + lang, label));
            d.add(new StoredField(TextFields.LABEL_TAG + lang, generated.isPresent() ? lang : tag(Labels.labelNode(g, s, lang))));
            d.add(new SortedDocValuesField(TextFields.SORT_LABEL + lang, new BytesRef(label.toLowerCase(Locale.ROOT))));
            Node text = Optional.ofNullable(Labels.literalNode(g, s, CMI.claimText, lang))
                    .or(() -> Optional.ofNullable(Labels.literalNode(g, s, Ext.description, lang))).orElse(null);
            if (text != null) {
                d.add(new StoredField(TextFields.TEXT + lang, text.getLiteralLexicalForm()));
                d.add(new StoredField(TextFields.TEXT_TAG + lang, tag(text)));
            }
        }
        names.forEach(n -> d.add(new TextField(TextFields.NAME, n, Field.Store.NO)));
        names.forEach(n -> d.add(new TextField(TextFields.ALL, n, Field.Store.NO)));
        for (Node p : List.of(Ext.description, CMI.claimText, CMI.purpose, CMI.rankReason, CMI.roleTitle, Ext.publisher, Ext.creator)) {
            g.find(s, p, Node.ANY).forEach(t -> {
                if (t.getObject().isLiteral()) d.add(new TextField(TextFields.ALL, t.getObject().getLiteralLexicalForm(), Field.Store.NO));
            });
        }

        Optional<String> earliest = first(s, CMI.startEarliest, CMI.dateEarliest, CMI.asOfEarliest);
        earliest.ifPresent(date -> {
            String year = date.substring(0, 4);
            d.add(new StoredField(TextFields.YEAR, year));
            facet(d, TextIndex.Facet.YEAR, year);
            facet(d, TextIndex.Facet.DECADE, year.substring(0, 3) + "0s");
        });
        d.add(new SortedDocValuesField(TextFields.SORT_DATE, new BytesRef(earliest.orElse("0000"))));
        first(s, CMI.endLatest).ifPresent(end -> d.add(new StoredField(TextFields.YEAR_END, end.substring(0, 4))));
        first(s, CMI.start, CMI.date, CMI.asOf).ifPresent(date -> d.add(new StoredField(TextFields.DATE, date)));

        Set<String> countries = new LinkedHashSet<>();
        if (types.contains("Country")) countries.add(s.getURI());
        for (Node p : List.of(CMI.hostCountry, CMI.country, CMI.nationality)) objects(s, p).forEach(c -> countries.add(c.getURI()));
        for (String c : countries) {
            d.add(new StoredField(TextFields.COUNTRY, c));
            facet(d, TextIndex.Facet.COUNTRY, c);
        }
        objects(s, CMI.stance).forEach(st -> {
            d.add(new StoredField(TextFields.STANCE, st.getURI()));
            facet(d, TextIndex.Facet.STANCE, st.getURI());
        });
        for (Node c : objects(s, CMI.claimant)) {
            d.add(new StoredField(TextFields.CLAIMANT, c.getURI()));
            facet(d, TextIndex.Facet.CLAIMANT, c.getURI());
            facet(d, TextIndex.Facet.CLAIMANT_KIND, specific(types(c, true)));
        }
        objects(s, CMI.about).forEach(a -> facet(d, TextIndex.Facet.SUBJECT, a.getURI()));
        if (kind.equals("Claim")) {
            int disputes = g.find(s, CMI.disputes, Node.ANY).toList().size();
            int disputedBy = g.find(Node.ANY, CMI.disputes, s).toList().size();
            d.add(new StoredField(TextFields.DISPUTES, disputes));
            d.add(new StoredField(TextFields.DISPUTED_BY, disputedBy));
            facet(d, TextIndex.Facet.DISPUTE, disputes + disputedBy > 0 ? "yes" : "no");
        }
        Set<String> sourceKinds = new LinkedHashSet<>();
        if (kind.equals("Source")) sourceKinds.add(specific(types(s, true)));
        else objects(s, Ext.wasDerivedFrom).forEach(src -> sourceKinds.add(specific(types(src, true))));
        sourceKinds.forEach(k -> facet(d, TextIndex.Facet.SOURCE_KIND, k));
        return d;
    }

    private static void facet(Document d, TextIndex.Facet f, String value) {
        d.add(new SortedSetDocValuesFacetField(f.dim(), value));
    }

    /** The cmi classes of a node: asserted only, or with the inferred superclasses. */
    private Set<String> types(Node s, boolean assertedOnly) {
        Set<String> types = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, Ext.type, Node.ANY).forEachRemaining(q -> {
            Node c = q.getObject();
            if (!c.isURI() || !c.getURI().startsWith(CMI.NS)) return;
            if (assertedOnly && q.getGraph().equals(INFERRED)) return;
            types.add(c.getLocalName());
        });
        return types;
    }

    /** The most specific of asserted classes: a news report rather than a source, a government body rather than an organization. */
    private static String specific(Set<String> asserted) {
        return asserted.stream().filter(t -> !GENERAL.contains(t)).findFirst()
                .orElse(asserted.isEmpty() ? "Thing" : asserted.iterator().next());
    }

    /**
     * Ranked values and figures have no names of their own: "First Cuban medical mission to Algeria — personnel: 56
     * (as of 1963-05-23; preferred)".
     */
    private Optional<String> generatedTitle(Node s, String kind, String lang) {
        Node subjectProperty = kind.equals("Statement") ? CMI.statementSubject : kind.equals("Figure") ? CMI.figureOf : null;
        if (subjectProperty == null) return Optional.empty();
        String subject = objects(s, subjectProperty).stream().map(n -> Labels.of(g, n, lang)).findFirst().orElse("?");
        String what = objects(s, kind.equals("Statement") ? CMI.statementProperty : CMI.figureMeasure).stream()
                .map(n -> Labels.of(g, n, lang)).findFirst().orElse("");
        String value = first(s, CMI.value, CMI.figure).orElse("?");
        List<String> notes = new ArrayList<>();
        first(s, CMI.asOf).ifPresent(a -> notes.add(("es".equals(lang) ? "a " : "as of ") + a));
        objects(s, CMI.rank).stream().findFirst().ifPresent(r -> notes.add(Labels.of(g, r, lang)));
        return Optional.of(subject + " — " + what + ": " + value + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach(t -> { if (t.getObject().isURI() && !out.contains(t.getObject())) out.add(t.getObject()); });
        return out;
    }

    /** The lexical form of the first of these properties the node has. */
    private Optional<String> first(Node s, Node... properties) {
        for (Node p : properties) {
            var it = g.find(s, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    private static String tag(Node literal) { return literal == null ? "" : literal.getLiteralLanguage(); }
}
