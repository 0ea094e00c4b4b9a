package org.cmikg.load.csv;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * {@code figures.csv}: a figure of a record as one source gives it: what it measures (a concept of the
 * measure vocabulary), the number (whole or decimal), its unit, the date it refers to, who reported it and
 * whether that was the record's own side, ranked among competing figures for the same subject, measure and
 * date (at most one preferred).
 */
public final class FiguresLoader extends RecordLoader {
    /** Units whose figures count whole things (people, consultations, countries). */
    private static final Set<String> COUNTING_UNITS = Set.of("persons", "items");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Set<String> preferred = new HashSet<>();

    public FiguresLoader() {
        super(RecordType.FIGURE, List.of(Column.required("subject"), Column.required("measure"), Column.required("value"),
                Column.optional("qualifier"),
                Column.required("unit"), Column.required("as_of"), Column.required("rank"), Column.optional("reason"),
                Column.optional("reported_by"), Column.optional("self_reported"), EntityColumns.DESCRIPTION,
                EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.add(s, Ext.type, CMI.Figure);
        Optional<Node> subject = cx.ref(row, "subject", RecordType.COUNTRY, RecordType.ORGANIZATION, RecordType.PROGRAMME,
                RecordType.EVENT, RecordType.DEPLOYMENT);
        subject.ifPresent(x -> {
            cx.add(s, CMI.figureOf, x);
            cx.add(x, CMI.hasFigure, s);
        });
        cx.concept(row, "measure", "measure").ifPresent(m -> cx.add(s, CMI.figureMeasure, m));
        Optional<String> unit = row.text("unit");
        cx.concept(row, "unit", "unit").ifPresent(u -> cx.add(s, CMI.figureUnit, u));
        row.number("value").ifPresent(v -> {
            if (unit.filter(COUNTING_UNITS::contains).isPresent() && v.scale() > 0) {
                row.problem("value", "'" + row.text("value").orElse("") + "' counts " + unit.get()
                        + " and must be a whole number");
            } else if (unit.filter("percent"::equals).isPresent() && v.compareTo(HUNDRED) > 0) {
                row.problem("value", "'" + row.text("value").orElse("") + "' is a percentage above 100");
            } else {
                cx.addNumber(s, CMI.figure, v);
            }
        });
        cx.concept(row, "qualifier", "figure-qualifier").ifPresent(q -> cx.add(s, CMI.figureQualifier, q));
        row.date("as_of").ifPresent(d -> cx.addDate(s, DateTerms.AS_OF, d));
        Optional<String> rank = Ranks.write(row, s, cx, "figure");
        String key = row.text("subject").orElse("") + " " + row.text("measure").orElse("") + " " + row.text("as_of").orElse("");
        if (rank.filter("preferred"::equals).isPresent() && !preferred.add(key)) {
            row.problem("rank", "another row already gives the preferred " + row.text("measure").orElse("") + " of '"
                    + row.text("subject").orElse("") + "' as of " + row.text("as_of").orElse("")
                    + "; keep one preferred figure and rank the others normal or deprecated");
        }
        for (Node a : cx.refs(row, "reported_by", RecordType.PERSON, RecordType.ORGANIZATION)) cx.add(s, CMI.reportedBy, a);
        row.yesNo("self_reported").ifPresent(v -> cx.addBoolean(s, CMI.selfReported, v));
        EntityColumns.description(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }
}
