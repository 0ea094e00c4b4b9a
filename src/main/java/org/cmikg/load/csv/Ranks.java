package org.cmikg.load.csv;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.cmikg.load.RecordContext;
import org.cmikg.records.Row;
import org.cmikg.vocab.CMI;

/** The rank and its reason, shared by the ranked records (statements.csv and figures.csv). */
final class Ranks {
    private Ranks() {}

    /**
     * Writes the row's rank and reason on {@code s} and asks for a reason when the rank is not normal.
     * @param noun what is ranked, as the problem message names it ("value", "figure")
     * @return the rank as written
     */
    static Optional<String> write(Row row, Node s, RecordContext cx, String noun) {
        Optional<String> rank = row.text("rank");
        cx.concept(row, "rank", "rank").ifPresent(r -> cx.add(s, CMI.rank, r));
        Optional<String> reason = row.text("reason");
        reason.ifPresent(r -> cx.addText(s, CMI.rankReason, r, "en"));
        if (rank.filter(r -> !r.equals("normal")).isPresent() && reason.isEmpty()) {
            row.problem("reason", "is required for a " + rank.get() + " " + noun + ": say why the dataset "
                    + (rank.get().equals("preferred") ? "prefers" : "rejects") + " it");
        }
        return rank;
    }
}
