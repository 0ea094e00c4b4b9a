package org.cmikg.server.reconcile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.cmikg.model.Iris;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * The reconciliation service's own index of names (labels in every language, alternative names), case- and
 * accent-insensitive: it finds candidates that share a word, or nearly a word, with a name to reconcile, and
 * leaves scoring them to {@link Reconciler}; and it completes names as they are typed (the suggest service). Built once when the server starts (a store build is immutable), as
 * a sorted map from each word to the names that contain it. Site search is the Lucene index of the store build
 * ({@link org.cmikg.store.text.TextIndex}); this index stays because reconciliation scores whole names against
 * whole names, with spelling distance, which a word index does not give.
 */
public final class NameIndex {

    /**
     * An entity that shares at least one word with a reconciliation query: its names (normalized, see
     * {@link #normalize}), its kinds, its labels by language, and how many query words it shares.
     */
    public record Candidate(String iri, List<String> names, List<String> types, Map<String, String> labels, int sharedWords) {
        /** The label in {@code lang}, else in English, else any. */
        public String label(String lang) {
            return labels.getOrDefault(lang, labels.getOrDefault("en", labels.values().stream().findFirst().orElse(iri)));
        }
    }

    /** A match: the entity, the name that matched, its label in the page's language, its kinds. */
    public record Hit(String iri, String matched, String label, List<String> types, int score) {}

    /** Words shorter than this are never matched by spelling distance (too many neighbours). */
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private record Name(int entity, String text, String normalized) {}

    private record Entity(String iri, Map<String, String> labels, List<String> types, List<String> names) {}

    private final List<Entity> entities = new ArrayList<>();
    private final List<Name> names = new ArrayList<>();
    private final NavigableMap<String, Set<Integer>> words = new TreeMap<>();
    private final Map<String, Integer> byIri = new HashMap<>();

    private NameIndex() {}

    /** Indexes the names of every entity under {@code .../id/} that has a type. */
    public static NameIndex build(DatasetGraph dsg) {
        NameIndex index = new NameIndex();
        Txn.executeRead(dsg, () -> index.addAll(dsg));
        return index;
    }

    private void addAll(DatasetGraph dsg) {
        Graph g = dsg.getUnionGraph();
        String entityBase = Namespaces.BASE + "id/";
        Map<Node, Integer> ids = new HashMap<>();
        for (Node p : List.of(Ext.label, Ext.altLabel)) {
            g.find(Node.ANY, p, Node.ANY).forEach(t -> {
                Node s = t.getSubject();
                if (!s.isURI() || !s.getURI().startsWith(entityBase) || !t.getObject().isLiteral()) return;
                int e = ids.computeIfAbsent(s, k -> {
                    entities.add(new Entity(k.getURI(), new HashMap<>(), types(dsg, k), new ArrayList<>()));
                    byIri.put(k.getURI(), entities.size() - 1);
                    return entities.size() - 1;
                });
                String text = t.getObject().getLiteralLexicalForm();
                if (p.equals(Ext.label)) entities.get(e).labels().putIfAbsent(t.getObject().getLiteralLanguage(), text);
                addName(e, text);
            });
        }
    }

    /** The cmi kinds of an entity: asserted ones first (the most specific), then the inferred superclasses. */
    private static List<String> types(DatasetGraph dsg, Node s) {
        Set<String> asserted = new LinkedHashSet<>();
        Set<String> inferred = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            Node c = q.getObject();
            if (!c.isURI() || !c.getURI().startsWith(CMI.NS)) return;
            (q.getGraph().equals(Iris.DEFAULT.inferredGraph()) ? inferred : asserted).add(c.getLocalName());
        });
        asserted.addAll(inferred);
        return List.copyOf(asserted);
    }

    private void addName(int entity, String text) {
        String normalized = normalize(text);
        int id = names.size();
        names.add(new Name(entity, text, normalized));
        if (!entities.get(entity).names().contains(normalized)) entities.get(entity).names().add(normalized);
        for (String w : normalized.split(" ")) {
            if (!w.isEmpty()) words.computeIfAbsent(w, k -> new HashSet<>()).add(id);
        }
    }

    /** Lower case, accents and punctuation removed, words separated by single spaces. */
    public static String normalize(String s) {
        String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public int size() { return entities.size(); }

    /**
     * Entities whose names have a word starting with each word of {@code query}, best first, one hit per entity
     * (the suggest service's auto-completion).
     *
     * @param type a cmi class local name (also a superclass: {@code Organization}, {@code Event}), or null
     * @param lang the language of the labels to show
     */
    public List<Hit> search(String query, String type, String lang, int limit) {
        String q = normalize(query == null ? "" : query);
        if (q.isEmpty()) return List.of();
        Set<Integer> candidates = null;
        for (String w : q.split(" ")) {
            Set<Integer> matching = new HashSet<>();
            for (Set<Integer> ids : words.subMap(w, true, w + Character.MAX_VALUE, false).values()) matching.addAll(ids);
            if (candidates == null) candidates = matching;
            else candidates.retainAll(matching);
            if (candidates.isEmpty()) return List.of();
        }
        Map<Integer, Hit> best = new HashMap<>();
        for (int id : candidates) {
            Name n = names.get(id);
            Entity e = entities.get(n.entity());
            if (type != null && !type.isBlank() && !e.types().contains(type)) continue;
            int score = (n.normalized().equals(q) ? 1000 : 0) + (e.types().contains("Source") ? 0 : 300)
                    + (n.normalized().startsWith(q) ? 200 : 0) + Math.max(0, 200 - n.normalized().length());
            Hit h = new Hit(e.iri(), n.text(), label(e, lang), e.types(), score);
            best.merge(n.entity(), h, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::label))
                .limit(limit).toList();
    }

    /**
     * Entities that share at least one word with {@code query} (a word of the query that starts a word of a
     * name, or, for words of five letters or more, differs from one by a single edit), most shared words
     * first, at most {@code limit}. Scoring them is the caller's business.
     */
    public List<Candidate> candidates(String query, String type, int limit) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String w : new LinkedHashSet<>(List.of(normalize(query == null ? "" : query).split(" ")))) {
            if (w.isEmpty()) continue;
            Set<Integer> entitiesWithWord = new HashSet<>();
            for (String word : matchingWords(w)) {
                for (int name : words.get(word)) entitiesWithWord.add(names.get(name).entity());
            }
            entitiesWithWord.forEach(e -> shared.merge(e, 1, Integer::sum));
        }
        return shared.entrySet().stream()
                .filter(en -> type == null || type.isBlank() || entities.get(en.getKey()).types().contains(type))
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(en -> candidate(en.getKey(), en.getValue()))
                .toList();
    }

    /** The indexed entity with this IRI, if any (as a candidate sharing no words). */
    public Optional<Candidate> entity(String iri) {
        return Optional.ofNullable(byIri.get(iri)).map(e -> candidate(e, 0));
    }

    private Candidate candidate(int entity, int sharedWords) {
        Entity e = entities.get(entity);
        return new Candidate(e.iri(), List.copyOf(e.names()), e.types(), Map.copyOf(e.labels()), sharedWords);
    }

    /** The indexed words that {@code w} starts, and for long words those one edit away. */
    private Set<String> matchingWords(String w) {
        Set<String> found = new HashSet<>(words.subMap(w, true, w + Character.MAX_VALUE, false).keySet());
        if (w.length() >= FUZZY_MIN_LENGTH) {
            for (String word : words.keySet()) {
                if (Math.abs(word.length() - w.length()) <= 1 && ONE_EDIT.apply(w, word) >= 0) found.add(word);
            }
        }
        return found;
    }

    private static String label(Entity e, String lang) {
        return e.labels().getOrDefault(lang, e.labels().getOrDefault("en", e.labels().getOrDefault("",
                e.labels().values().stream().findFirst().orElse(e.iri()))));
    }
}
