package org.cmikg.load.csv;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * {@code statements.csv}: one value of a property as one source gives it, ranked (the Wikidata pattern).
 * The record's own column keeps the preferred value as a plain triple, so simple queries stay simple;
 * these nodes keep every competing value with its source. At most one value per subject and property
 * is preferred.
 */
public final class StatementsLoader extends RecordLoader {
    private static final Map<String, Node> PROPERTIES = Map.of(
            "personnel", CMI.personnel, "start", CMI.start, "end", CMI.end);

    private final Set<String> preferred = new HashSet<>();

    public StatementsLoader() {
        super(RecordType.STATEMENT, List.of(Column.required("subject"), Column.required("property"), Column.required("value"),
                Column.optional("as_of"), Column.required("rank"), Column.optional("reason"), EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.add(s, Ext.type, CMI.Statement);
        Optional<Node> subject = cx.ref(row, "subject", RecordType.ORGANIZATION, RecordType.PROGRAMME, RecordType.EVENT,
                RecordType.DEPLOYMENT, RecordType.ROLE);
        subject.ifPresent(x -> {
            cx.add(s, CMI.statementSubject, x);
            cx.add(x, CMI.hasStatement, s);
        });
        Optional<String> property = row.text("property");
        Node predicate = property.map(PROPERTIES::get).orElse(null);
        if (property.isPresent() && predicate == null) {
            row.problem("property", "'" + property.get() + "' cannot be ranked; write personnel, start or end");
        }
        if (predicate != null) {
            cx.add(s, CMI.statementProperty, predicate);
            if (predicate.equals(CMI.personnel)) {
                row.nonNegativeInteger("value").ifPresent(n -> cx.addInteger(s, CMI.value, n));
            } else {
                row.date("value").map(RecordContext::edtf).ifPresent(d -> cx.add(s, CMI.value, d));
            }
        }
        row.date("as_of").ifPresent(d -> cx.addDate(s, DateTerms.AS_OF, d));
        Optional<String> rank = Ranks.write(row, s, cx, "value");
        if (rank.filter("preferred"::equals).isPresent() && subject.isPresent() && predicate != null
                && !preferred.add(subject.get().getURI() + " " + property.get())) {
            row.problem("rank", "another row already gives the preferred " + property.get() + " of '"
                    + row.text("subject").orElse("") + "'; keep one preferred value and rank the others normal or deprecated");
        }
        EntityColumns.sources(row, s, cx);
    }
}
