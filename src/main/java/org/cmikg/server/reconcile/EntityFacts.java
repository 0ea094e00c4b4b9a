package org.cmikg.server.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.cmikg.model.PartialDate;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * What the reconciliation service tells about entities beyond their names: description, countries, dates,
 * Wikidata QID, and the labels of the ontology's classes (the service's types). Read from the store once,
 * when the server starts (a store build is immutable), so no request touches the store.
 * <p>
 * An entity's country is its {@code cmi:country} (which the inferred graph also gives a deployment's host
 * country) or, for a person, {@code cmi:nationality}.
 */
public final class EntityFacts {

    /** The facts of one entity; {@code start} and {@code end} as the sources write them, or null. */
    public record Facts(String description, List<String> countries, PartialDate start, PartialDate end, String qid) {
        static final Facts NONE = new Facts(null, List.of(), null, null, null);
    }

    /** A class of the ontology: local name, labels by language, English definition, instances in the graph. */
    public record Kind(String id, Map<String, String> labels, String definition, int instances) {
        public String label(String lang) { return labels.getOrDefault(lang, labels.getOrDefault("en", id)); }
    }

    private final Map<String, Facts> facts;
    private final Map<String, Kind> kinds;
    /** Normalized names, ISO codes and record IDs of each country, for matching a country constraint. */
    private final Map<String, Set<String>> countryKeys;
    /** Country IRIs by ISO 3166 alpha-2 and alpha-3 code, lower case. */
    private final Map<String, String> countryCodes;

    private EntityFacts(Map<String, Facts> facts, Map<String, Kind> kinds, Map<String, Set<String>> countryKeys,
                        Map<String, String> countryCodes) {
        this.facts = facts;
        this.kinds = kinds;
        this.countryKeys = countryKeys;
        this.countryCodes = countryCodes;
    }

    public static EntityFacts build(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> read(dsg.getUnionGraph()));
    }

    private static EntityFacts read(Graph g) {
        String entityBase = Namespaces.BASE + "id/";
        Function<Node, Boolean> isEntity = n -> n.isURI() && n.getURI().startsWith(entityBase);
        Map<String, String> description = new HashMap<>();
        Map<String, List<String>> countries = new HashMap<>();
        Map<String, PartialDate> start = new HashMap<>();
        Map<String, PartialDate> end = new HashMap<>();
        Map<String, String> qid = new HashMap<>();
        g.find(Node.ANY, Ext.description, Node.ANY).forEach(t -> {
            if (isEntity.apply(t.getSubject()) && t.getObject().isLiteral())
                description.merge(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm(),
                        (a, b) -> "en".equals(t.getObject().getLiteralLanguage()) ? b : a);
        });
        for (Node p : List.of(CMI.country, CMI.nationality)) {
            g.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (!isEntity.apply(t.getSubject()) || !t.getObject().isURI()) return;
                List<String> list = countries.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>());
                if (!list.contains(t.getObject().getURI())) list.add(t.getObject().getURI());
            });
        }
        readDates(g, CMI.start, start, isEntity);
        readDates(g, CMI.end, end, isEntity);
        g.find(Node.ANY, Ext.exactMatch, Node.ANY).forEach(t -> {
            Node o = t.getObject();
            if (isEntity.apply(t.getSubject()) && o.isURI() && o.getURI().startsWith(Namespaces.WIKIDATA_ENTITY))
                qid.put(t.getSubject().getURI(), o.getURI().substring(Namespaces.WIKIDATA_ENTITY.length()));
        });
        Set<String> subjects = new java.util.HashSet<>();
        List.of(description.keySet(), countries.keySet(), start.keySet(), end.keySet(), qid.keySet()).forEach(subjects::addAll);
        Map<String, Facts> facts = new HashMap<>();
        for (String s : subjects) {
            facts.put(s, new Facts(description.get(s), List.copyOf(countries.getOrDefault(s, List.of())),
                    start.get(s), end.get(s), qid.get(s)));
        }
        Map<String, String> codes = new HashMap<>();
        for (Node p : List.of(CMI.iso3166Alpha2, CMI.iso3166Alpha3)) {
            g.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral())
                    codes.put(NameIndex.normalize(t.getObject().getLiteralLexicalForm()), t.getSubject().getURI());
            });
        }
        return new EntityFacts(facts, kinds(g), countryKeys(g), Map.copyOf(codes));
    }

    private static void readDates(Graph g, Node p, Map<String, PartialDate> into, Function<Node, Boolean> isEntity) {
        g.find(Node.ANY, p, Node.ANY).forEach(t -> {
            if (isEntity.apply(t.getSubject()) && t.getObject().isLiteral())
                PartialDate.parse(t.getObject().getLiteralLexicalForm()).ifPresent(d -> into.put(t.getSubject().getURI(), d));
        });
    }

    private static Map<String, Kind> kinds(Graph g) {
        Map<String, Kind> kinds = new TreeMap<>();
        g.find(Node.ANY, Ext.type, OWL.Class.asNode()).forEach(t -> {
            Node c = t.getSubject();
            if (!c.isURI() || !c.getURI().startsWith(CMI.NS)) return;
            Map<String, String> labels = new LinkedHashMap<>();
            g.find(c, Ext.label, Node.ANY).forEach(l -> labels.putIfAbsent(l.getObject().getLiteralLanguage(), l.getObject().getLiteralLexicalForm()));
            String definition = g.find(c, Ext.definition, Node.ANY).toList().stream()
                    .filter(d -> "en".equals(d.getObject().getLiteralLanguage()))
                    .map(d -> d.getObject().getLiteralLexicalForm()).findFirst().orElse(null);
            int instances = g.find(Node.ANY, Ext.type, c).toList().size();
            kinds.put(c.getLocalName(), new Kind(c.getLocalName(), Map.copyOf(labels), definition, instances));
        });
        return kinds;
    }

    private static Map<String, Set<String>> countryKeys(Graph g) {
        Map<String, Set<String>> keys = new HashMap<>();
        g.find(Node.ANY, Ext.type, CMI.Country).forEach(t -> {
            Node c = t.getSubject();
            if (!c.isURI()) return;
            Set<String> k = new java.util.HashSet<>();
            k.add(NameIndex.normalize(c.getURI().substring(c.getURI().lastIndexOf('/') + 1)));
            for (Node p : List.of(Ext.label, Ext.altLabel, CMI.iso3166Alpha2, CMI.iso3166Alpha3)) {
                g.find(c, p, Node.ANY).forEach(l -> { if (l.getObject().isLiteral()) k.add(NameIndex.normalize(l.getObject().getLiteralLexicalForm())); });
            }
            keys.put(c.getURI(), Set.copyOf(k));
        });
        return keys;
    }

    /** The facts of the entity with this IRI (empty facts when it has none). */
    public Facts of(String iri) { return facts.getOrDefault(iri, Facts.NONE); }

    /** The country whose ISO 3166 alpha-2 or alpha-3 code is {@code code} (normalized), if any. */
    public Optional<String> countryByCode(String code) { return Optional.ofNullable(countryCodes.get(code)); }

    /** The classes of the ontology by local name. */
    public Map<String, Kind> kinds() { return kinds; }

    public Optional<Kind> kind(String id) { return Optional.ofNullable(kinds.get(id)); }

    /** True when {@code value} (a name in English or Spanish, an ISO code or a record ID) names the country {@code iri}. */
    public boolean countryMatches(String iri, String value) {
        String v = NameIndex.normalize(value);
        if (v.isEmpty()) return false;
        return countryKeys.getOrDefault(iri, Set.of()).contains(v) || v.equals(NameIndex.normalize(EntityIds.toApi(iri)));
    }
}
