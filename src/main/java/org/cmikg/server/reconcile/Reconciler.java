package org.cmikg.server.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cmikg.model.PartialDate;

/**
 * Answers reconciliation queries from the search index and the entity facts, both in memory.
 * <p>
 * Candidates are the entities sharing a word with the query (see {@link NameIndex#candidates}), of the
 * asked types, and the country whose ISO 3166 code the query is (a code counts as the country's name). Each is scored 0 to 100 by its closest name ({@link NameSimilarity}), plus 5 for each
 * property constraint it meets and minus 30 for each it contradicts (a constraint on a fact the entity
 * lacks counts neither way). {@code match} is true only for a clear, high winner: score at least
 * {@value #MATCH_SCORE}, no contradicted constraint, and {@value #MATCH_MARGIN} points ahead of the next
 * candidate; so two entities with the same name are never matched automatically.
 */
final class Reconciler {
    static final double MATCH_SCORE = 90;
    static final double MATCH_MARGIN = 10;
    /** How many candidates sharing words with the query are scored. */
    private static final int POOL = 60;
    private static final double MET = 5;
    private static final double CONTRADICTED = -30;

    private final NameIndex index;
    private final EntityFacts facts;
    private final Describer describer;

    Reconciler(NameIndex index, EntityFacts facts, Describer describer) {
        this.index = index;
        this.facts = facts;
        this.describer = describer;
    }

    private record Scored(NameIndex.Candidate entity, double score, int contradicted, List<Api.Feature> features) {}

    List<Api.Candidate> reconcile(Query q, String lang) {
        String text = NameIndex.normalize(q.text());
        String oneType = q.types().size() == 1 ? q.types().get(0) : null;
        List<NameIndex.Candidate> pool = new ArrayList<>(index.candidates(text, oneType, POOL));
        facts.countryByCode(text).flatMap(index::entity).filter(c -> pool.stream().noneMatch(p -> p.iri().equals(c.iri())))
                .ifPresent(pool::add);
        List<Scored> scored = new ArrayList<>();
        for (NameIndex.Candidate c : pool) {
            if (!Kinds.accepts(c.types(), q.types())) continue;
            scored.add(score(c, text, q.constraints()));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.entity().label(lang).length())
                .thenComparing(s -> s.entity().iri()));
        List<Api.Candidate> out = new ArrayList<>();
        for (int i = 0; i < Math.min(q.limit(), scored.size()); i++) {
            Scored s = scored.get(i);
            boolean match = i == 0 && s.score() >= MATCH_SCORE && s.contradicted() == 0
                    && (scored.size() == 1 || s.score() - scored.get(1).score() >= MATCH_MARGIN);
            out.add(new Api.Candidate(EntityIds.toApi(s.entity().iri()), s.entity().label(lang),
                    describer.description(s.entity(), lang), s.score(), match, describer.types(s.entity(), lang), s.features()));
        }
        return out;
    }

    private Scored score(NameIndex.Candidate c, String text, List<Query.Constraint> constraints) {
        double name = facts.countryByCode(text).filter(c.iri()::equals).isPresent() ? 1 : 0;
        for (String n : c.names()) name = Math.max(name, NameSimilarity.of(text, n));
        double score = Math.round(name * 1000) / 10.0;
        List<Api.Feature> features = new ArrayList<>();
        features.add(new Api.Feature("name", score));
        int contradicted = 0;
        EntityFacts.Facts f = facts.of(c.iri());
        for (Query.Constraint k : constraints) {
            Boolean met = meets(c, f, k);
            if (met == null) continue;
            features.add(new Api.Feature(k.property().id, met));
            score += met ? MET : CONTRADICTED;
            if (!met) contradicted++;
        }
        return new Scored(c, Math.max(0, Math.min(100, score)), contradicted, features);
    }

    /** Whether the entity meets the constraint, or null when it has no such fact to compare. */
    private Boolean meets(NameIndex.Candidate c, EntityFacts.Facts f, Query.Constraint k) {
        return switch (k.property()) {
            case COUNTRY -> f.countries().isEmpty() ? null : f.countries().stream().anyMatch(country -> k.values().stream()
                    .anyMatch(v -> EntityIds.toIri(v).equals(country) || facts.countryMatches(country, v)));
            case START -> overlaps(f.start(), f.start(), k);
            case END -> overlaps(f.end(), f.end(), k);
            case DATE -> overlaps(f.start(), f.end() != null ? f.end() : f.start(), k);
            case KIND -> k.values().stream().anyMatch(v -> !c.types().isEmpty() && (v.equals(c.types().get(0))
                    || NameIndex.normalize(v).equals(NameIndex.normalize(describer.kindLabel(c, "en")))
                    || NameIndex.normalize(v).equals(NameIndex.normalize(describer.kindLabel(c, "es")))));
            case WIKIDATA -> f.qid() == null ? null : k.values().stream().anyMatch(v -> v.strip().equalsIgnoreCase(f.qid()));
        };
    }

    /** Null when the entity lacks the date; else whether some given date can fall between from and to. */
    private static Boolean overlaps(PartialDate from, PartialDate to, Query.Constraint k) {
        if (from == null || to == null) return null;
        for (String v : k.values()) {
            PartialDate d = date(v, k.property().id);
            LocalDate low = from.earliest();
            LocalDate high = to.latest();
            if (!d.latest().isBefore(low) && !d.earliest().isAfter(high)) return true;
        }
        return false;
    }

    /** A constraint's date: EDTF as the records write it, or an ISO date-time as OpenRefine sends dates. */
    private static PartialDate date(String v, String pid) {
        String s = v.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}T.*")) s = s.substring(0, 10);
        if (s.matches("\\d{4}\\.0")) s = s.substring(0, 4);
        return PartialDate.parse(s).orElseThrow(() -> new BadRequestException(
                "property '" + pid + "': '" + v + "' is not a date; " + PartialDate.EXPECTED));
    }
}
