package org.cmikg.load.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.cmikg.load.DateTerms;
import org.cmikg.load.EntityColumns;
import org.cmikg.load.RecordContext;
import org.cmikg.load.RecordLoader;
import org.cmikg.records.Column;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/**
 * {@code claims.csv}: what someone asserted, about what, when, where, with what stance. A claim is never
 * turned into a plain fact; official totals are claims with a figure, a measure and the date they refer to.
 */
public final class ClaimsLoader extends RecordLoader {

    public ClaimsLoader() {
        super(RecordType.CLAIM, List.of(Column.required("claimant"), Column.required("about"), Column.required("date"),
                Column.required("text"), Column.required("language"), Column.required("stance"), Column.optional("disputes"),
                Column.optional("figure"), Column.optional("figure_measure"), Column.optional("figure_unit"), Column.optional("figure_qualifier"),
                Column.optional("figure_as_of"), Column.optional("self_reported"), Column.optional("stances"),
                EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.add(s, Ext.type, CMI.Claim);
        List<Node> claimants = cx.refs(row, "claimant", RecordType.PERSON, RecordType.ORGANIZATION);
        for (Node a : claimants) cx.add(s, CMI.claimant, a);
        row.text("text").ifPresent(text -> {
            for (String lang : List.of("en", "es")) cx.addLabel(s, title(claimants, text, row.text("date"), lang, cx), lang);
        });
        List<Node> about = cx.refs(row, "about");
        for (Node a : about) cx.add(s, CMI.about, a);
        row.date("date").ifPresent(d -> cx.addDate(s, DateTerms.DATE, d));
        var language = row.matching("language", SourcesLoader.LANGUAGE, SourcesLoader.LANGUAGE_HELP);
        row.text("text").ifPresent(t -> cx.addText(s, CMI.claimText, t, language.orElse("und")));
        Optional<Node> stance = cx.concept(row, "stance", "stance");
        stance.ifPresent(c -> cx.add(s, CMI.stance, c));
        subjectStances(row, s, about, stance, cx);
        if (row.list("disputes").contains(id)) row.problem("disputes", "names this claim itself; a claim disputes other claims");
        for (Node c : cx.refs(row, "disputes", RecordType.CLAIM)) cx.add(s, CMI.disputes, c);
        var figure = row.number("figure");
        figure.ifPresent(n -> cx.addNumber(s, CMI.figure, n));
        cx.concept(row, "figure_qualifier", "figure-qualifier").ifPresent(q -> cx.add(s, CMI.figureQualifier, q));
        cx.concept(row, "figure_unit", "unit").ifPresent(u -> cx.add(s, CMI.figureUnit, u));
        row.yesNo("self_reported").ifPresent(v -> cx.addBoolean(s, CMI.selfReported, v));
        var measure = cx.concept(row, "figure_measure", "measure");
        measure.ifPresent(m -> cx.add(s, CMI.figureMeasure, m));
        if (figure.isPresent() && row.text("figure_measure").isEmpty()) {
            row.problem("figure_measure", "is required with figure: say what the number counts");
        }
        row.date("figure_as_of").ifPresent(d -> cx.addDate(s, DateTerms.AS_OF, d));
        EntityColumns.sources(row, s, cx);
    }

    /** The longest a quotation in a title runs before it is cut at a word and marked with an ellipsis. */
    static final int QUOTE_LENGTH = 80;

    /**
     * A readable title, who, what, when: {@code Marco Rubio, US Department of State: “Cuba continues to profit
     * from the forced labor…” (2025-02-25)}. The quotation stays in the claim's own language (a quotation is not
     * translated); the claimants' names and the quotation marks follow {@code lang}.
     */
    static String title(List<Node> claimants, String text, Optional<String> date, String lang, RecordContext cx) {
        String who = claimants.stream().map(c -> cx.labelOf(c, lang).orElse(c.getLocalName()))
                .collect(Collectors.joining(", "));
        String quote = "es".equals(lang) ? "«" + shortQuote(text) + "»" : "“" + shortQuote(text) + "”";
        return (who.isEmpty() ? "" : who + ": ") + quote + date.map(d -> " (" + d + ")").orElse("");
    }

    /** The claim's text without its surrounding quotation marks, cut after {@link #QUOTE_LENGTH} characters. */
    static String shortQuote(String text) {
        String t = text.strip().replaceAll("^[\"“«']+|[\"”»']+$", "").strip();
        if (t.length() <= QUOTE_LENGTH) return t;
        int cut = t.lastIndexOf(' ', QUOTE_LENGTH);
        return t.substring(0, cut > 0 ? cut : QUOTE_LENGTH).replaceAll("[\\s,;:.]+$", "") + "…";
    }

    /**
     * One {@code cmi:SubjectStance} per subject of the claim: the stance written for it in {@code stances}
     * ({@code subject: stance | ...}), or else the claim's overall stance.
     */
    private static void subjectStances(Row row, Node claim, List<Node> about, Optional<Node> overall, RecordContext cx) {
        Map<String, Node> written = new HashMap<>();
        for (String pair : row.list("stances")) {
            String[] parts = pair.split(":", 2);
            String subject = parts[0].strip();
            if (parts.length < 2 || !row.list("about").contains(subject)) {
                row.problem("stances", "'" + pair + "' is not valid; write subject: stance for subjects listed in about, "
                        + "such as united-states: critical");
                continue;
            }
            cx.conceptValue(row, "stances", "stance", parts[1].strip()).ifPresent(c -> written.put(subject, c));
        }
        for (String subject : row.list("about")) {
            Optional<Node> stance = Optional.ofNullable(written.get(subject)).or(() -> overall);
            Optional<RecordType> type = cx.typeOf(subject);
            if (stance.isEmpty() || type.isEmpty()) continue;
            Node node = cx.iris().part(claim, "stance", subject);
            cx.add(claim, CMI.hasSubjectStance, node);
            cx.add(node, Ext.type, CMI.SubjectStance);
            cx.add(node, CMI.stanceSubject, cx.iris().entity(type.get().kind(), subject));
            cx.add(node, CMI.stance, stance.get());
        }
    }
}
