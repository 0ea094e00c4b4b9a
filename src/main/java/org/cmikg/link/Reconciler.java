package org.cmikg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVPrinter;

/**
 * Proposes Wikidata items for unlinked records and writes every proposal to a review file.
 * <pre>{@code
 * Reconciler r = new Reconciler(new WikidataClient(settings), Reconciler.Rules.DEFAULT);
 * Reconciler.Summary s = r.reconcile(UnlinkedEntities.in(dsg, Iris.DEFAULT), printer, today, Progress.NONE);
 * }</pre>
 * For each record it searches the service for each of its names, fetches the candidates' facts, scores
 * them ({@link Scorer}) and writes the best {@link Rules#rowsPerRecord} to the review file, best first.
 * The best candidate is marked {@value ReviewFile#ACCEPT} only when it is a clear winner: its score is at
 * least {@link Rules#threshold} and at least {@link Rules#margin} above the next candidate's. Nothing is
 * written to the records here: {@link AcceptedLinks} does that, with a reviewer's name.
 */
public final class Reconciler {

    /**
     * @param threshold      least score of an automatically accepted candidate (default 0.9)
     * @param margin         least lead over the next candidate for automatic acceptance (default 0.1)
     * @param hitsPerName    search hits asked for each name (default 5)
     * @param rowsPerRecord  candidates written to the review file per record (default 3)
     */
    public record Rules(double threshold, double margin, int hitsPerName, int rowsPerRecord) {
        public static final Rules DEFAULT = new Rules(0.9, 0.1, 5, 3);
    }

    /** What a run found. */
    public record Summary(int records, int autoAccepted, int toReview, int withoutCandidates, int rows, int requests) {
        @Override
        public String toString() {
            return records + " records without a link: " + autoAccepted + " clear winners marked accept, " + toReview
                    + " to review, " + withoutCandidates + " without candidates; " + rows + " rows; " + requests + " requests";
        }
    }

    private final WikidataClient client;
    private final CandidateFacts facts;
    private final Scorer scorer = new Scorer();
    private final Rules rules;

    public Reconciler(WikidataClient client, Rules rules) {
        this.client = client;
        this.facts = new CandidateFacts(client);
        this.rules = rules;
    }

    /** Reconciles each entity in turn, writing its rows to {@code out} (whose header is {@link ReviewFile#HEADER}). */
    public Summary reconcile(List<Entity> entities, CSVPrinter out, LocalDate today, Progress progress) {
        int accepted = 0;
        int review = 0;
        int none = 0;
        int rows = 0;
        progress.start(entities.size());
        for (Entity e : entities) {
            List<Scored> ranked = candidates(e);
            if (ranked.isEmpty()) {
                none++;
                rows++;
                print(out, e, null, today, "no candidate found for " + String.join(" / ",
                        e.labels().stream().map(Entity.Label::text).toList()), "");
            } else {
                boolean clear = isClearWinner(ranked);
                if (clear) accepted++; else review++;
                for (int i = 0; i < Math.min(rules.rowsPerRecord(), ranked.size()); i++) {
                    rows++;
                    boolean auto = clear && i == 0;
                    print(out, e, ranked.get(i), today, note(ranked, i, clear), auto ? ReviewFile.ACCEPT : "");
                }
            }
            progress.step(e.id());
        }
        flush(out);
        return new Summary(entities.size(), accepted, review, none, rows, client.requests());
    }

    record Scored(Candidate candidate, Scores scores) {}

    private List<Scored> candidates(Entity e) {
        Map<String, WikidataClient.SearchHit> hits = new LinkedHashMap<>();
        Set<String> searched = new HashSet<>();
        for (Entity.Label l : e.labels()) {
            if (!searched.add(l.text())) continue; // the same name in English and Spanish is searched once
            for (var h : client.search(l.text(), l.language(), rules.hitsPerName())) hits.putIfAbsent(h.qid(), h);
        }
        if (hits.isEmpty()) return List.of();
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : facts.fetch(hits.values(), e.classes())) scored.add(new Scored(c, scorer.score(e, c)));
        // Best first; ties keep the service's search order.
        scored.sort(Comparator.comparingDouble((Scored s) -> s.scores().total()).reversed());
        return scored;
    }

    private boolean isClearWinner(List<Scored> ranked) {
        double best = ranked.get(0).scores().total();
        return best >= rules.threshold()
                && (ranked.size() == 1 || best - ranked.get(1).scores().total() >= rules.margin());
    }

    private String note(List<Scored> ranked, int i, boolean clear) {
        String rank = "candidate " + (i + 1) + " of " + ranked.size() + "; ";
        if (clear) return rank + (i == 0 ? "clear winner: score at least " + fmt(rules.threshold()) + " and "
                + fmt(rules.margin()) + " or more ahead of the next" : "the first candidate is the clear winner");
        if (ranked.get(0).scores().total() < rules.threshold()) return rank + "no candidate scores " + fmt(rules.threshold()) + " or more";
        return rank + "no clear winner: the best two are less than " + fmt(rules.margin()) + " apart";
    }

    private void print(CSVPrinter out, Entity e, Scored s, LocalDate today, String notes, String decision) {
        try {
            if (s == null) {
                out.printRecord(e.id(), "", "", "", "", ReviewFile.METHOD_RECONCILER, today, notes, "", "", "", "",
                        client.settings().sparql(), decision);
                return;
            }
            Candidate c = s.candidate();
            Scores sc = s.scores();
            out.printRecord(e.id(), c.qid(), c.label(), c.description(), fmt(sc.total()), ReviewFile.METHOD_RECONCILER, today,
                    notes, fmt(sc.name()), fmt(sc.type()), fmt(sc.country()), fmt(sc.date()), client.settings().sparql(), decision);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void flush(CSVPrinter out) {
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A score as the review file writes it: {@code 1}, {@code 0.67}, blank when not compared. */
    static String fmt(Double v) {
        return v == null ? "" : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
