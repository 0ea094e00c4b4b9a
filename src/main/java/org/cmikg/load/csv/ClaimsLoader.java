package org.cmikg.load.csv;

import java.util.List;

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
                Column.optional("figure"), Column.optional("figure_measure"), Column.optional("figure_as_of"),
                EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.add(s, Ext.type, CMI.Claim);
        for (Node a : cx.refs(row, "claimant", RecordType.PERSON, RecordType.ORGANIZATION)) cx.add(s, CMI.claimant, a);
        for (Node a : cx.refs(row, "about")) cx.add(s, CMI.about, a);
        row.date("date").ifPresent(d -> cx.addDate(s, DateTerms.DATE, d));
        var language = row.matching("language", SourcesLoader.LANGUAGE, SourcesLoader.LANGUAGE_HELP);
        row.text("text").ifPresent(t -> cx.addText(s, CMI.claimText, t, language.orElse("und")));
        cx.concept(row, "stance", "stance").ifPresent(c -> cx.add(s, CMI.stance, c));
        for (Node c : cx.refs(row, "disputes", RecordType.CLAIM)) cx.add(s, CMI.disputes, c);
        var figure = row.nonNegativeInteger("figure");
        figure.ifPresent(n -> cx.addInteger(s, CMI.figure, n));
        var measure = cx.concept(row, "figure_measure", "measure");
        measure.ifPresent(m -> cx.add(s, CMI.figureMeasure, m));
        if (figure.isPresent() && row.text("figure_measure").isEmpty()) {
            row.problem("figure_measure", "is required with figure: say what the number counts");
        }
        row.date("figure_as_of").ifPresent(d -> cx.addDate(s, DateTerms.AS_OF, d));
        EntityColumns.sources(row, s, cx);
    }
}
