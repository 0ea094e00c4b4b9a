package org.cmikg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.cmikg.vocab.Namespaces;

/**
 * Fetches what the reconciler compares for a set of candidate items, in two SELECT queries
 * ({@code candidate-facts.rq}, {@code candidate-types.rq}), whatever the number of candidates.
 */
final class CandidateFacts {
    private static final Query FACTS = query("candidate-facts.rq");
    private static final Query TYPES = query("candidate-types.rq");
    private static final Var ITEM = Var.alloc("item");
    private static final Var CLASS = Var.alloc("class");

    private final WikidataClient client;

    CandidateFacts(WikidataClient client) { this.client = client; }

    /** The candidates in the order of {@code hits}, each with its facts. */
    List<Candidate> fetch(Collection<WikidataClient.SearchHit> hits, Set<String> expectedClasses) {
        Map<String, Facts> facts = new LinkedHashMap<>();
        for (WikidataClient.SearchHit h : hits) facts.putIfAbsent(h.qid(), new Facts(h));
        List<Binding> items = facts.keySet().stream().map(q -> BindingFactory.binding(ITEM, item(q))).toList();
        for (QuerySolution row : client.select(withValues(FACTS, List.of(ITEM), items))) {
            Facts f = facts.get(qidOf(row.get("item")));
            if (f != null) f.add(row.getLiteral("feature").getLexicalForm(), row.get("value"));
        }
        Set<String> fitting = new HashSet<>();
        if (!expectedClasses.isEmpty()) {
            List<Binding> pairs = new ArrayList<>();
            for (String q : facts.keySet()) {
                for (String c : expectedClasses) pairs.add(BindingFactory.binding(ITEM, item(q), CLASS, item(c)));
            }
            for (QuerySolution row : client.select(withValues(TYPES, List.of(ITEM, CLASS), pairs))) {
                fitting.add(qidOf(row.get("item")));
            }
        }
        return facts.values().stream().map(f -> f.candidate(fitting.contains(f.hit.qid()))).toList();
    }

    /** The query with a VALUES block in front of its pattern, so that the service starts from the given items. */
    static Query withValues(Query template, List<Var> vars, List<Binding> rows) {
        Query q = template.cloneQuery();
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(vars, rows));
        group.addElement(q.getQueryPattern());
        q.setQueryPattern(group);
        return q;
    }

    private static final class Facts {
        final WikidataClient.SearchHit hit;
        final Map<String, String> labels = new LinkedHashMap<>();
        final Map<String, String> descriptions = new LinkedHashMap<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> classes = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        final List<LocalDate> starts = new ArrayList<>();
        final List<LocalDate> ends = new ArrayList<>();

        Facts(WikidataClient.SearchHit hit) { this.hit = hit; }

        void add(String feature, RDFNode value) {
            switch (feature) {
                case "label" -> {
                    labels.putIfAbsent(value.asLiteral().getLanguage(), value.asLiteral().getLexicalForm());
                    names.add(value.asLiteral().getLexicalForm());
                }
                case "alias" -> names.add(value.asLiteral().getLexicalForm());
                case "description" -> descriptions.putIfAbsent(value.asLiteral().getLanguage(), value.asLiteral().getLexicalForm());
                case "class" -> classes.add(qidOf(value));
                case "country" -> countries.add(qidOf(value));
                case "start" -> day(value).ifPresent(starts::add);
                case "end" -> day(value).ifPresent(ends::add);
                default -> { }
            }
        }

        Candidate candidate(boolean fitsType) {
            String label = firstOf(labels, "en", "es", "mul").orElse(hit.label());
            String description = firstOf(descriptions, "en", "es").orElse(hit.description());
            if (names.isEmpty() && !hit.label().isEmpty()) names.add(hit.label());
            return new Candidate(hit.qid(), label, description, List.copyOf(names), Set.copyOf(classes), fitsType,
                    Set.copyOf(countries), List.copyOf(starts), List.copyOf(ends));
        }
    }

    private static Optional<String> firstOf(Map<String, String> byLanguage, String... languages) {
        for (String l : languages) if (byLanguage.containsKey(l)) return Optional.of(byLanguage.get(l));
        return Optional.empty();
    }

    /** The day of an xsd:dateTime or xsd:date value ({@code 1928-06-14T00:00:00Z}); BCE and odd values are skipped. */
    private static Optional<LocalDate> day(RDFNode value) {
        if (!value.isLiteral()) return Optional.empty();
        String lex = value.asLiteral().getLexicalForm();
        if (lex.length() < 10 || lex.startsWith("-")) return Optional.empty();
        try {
            // Wikidata writes year- and month-precision dates with 00 for unknown parts in some dumps.
            return Optional.of(LocalDate.parse(lex.substring(0, 10).replace("-00", "-01")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Node item(String qid) { return NodeFactory.createURI(Namespaces.WIKIDATA_ENTITY + qid); }

    private static String qidOf(RDFNode n) {
        if (n == null || !n.isURIResource()) return "";
        String uri = n.asResource().getURI();
        return uri.startsWith(Namespaces.WIKIDATA_ENTITY) ? uri.substring(Namespaces.WIKIDATA_ENTITY.length()) : uri;
    }

    private static Query query(String name) {
        try (InputStream in = CandidateFacts.class.getResourceAsStream(name)) {
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
