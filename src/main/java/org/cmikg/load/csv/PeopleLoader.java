package org.cmikg.load.csv;

import static org.cmikg.load.EntityColumns.join;

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
 * {@code people.csv}: people in public roles. A personal name is not translated, so it is written once,
 * without a language tag, as {@code rdfs:label}, {@code skos:prefLabel} and {@code foaf:name}.
 */
public final class PeopleLoader extends RecordLoader {

    public PeopleLoader() {
        super(RecordType.PERSON, join(Column.required("name"), Column.optional("alt_names"), Column.optional("nationality"),
                Column.optional("born"), Column.optional("died"),
                EntityColumns.DESCRIPTION, EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.add(s, Ext.type, CMI.Person);
        row.text("name").ifPresent(n -> {
            cx.addLabel(s, n, null);
            cx.addText(s, Ext.name, n);
        });
        EntityColumns.altNames(row, s, cx);
        for (Node c : cx.refs(row, "nationality", RecordType.COUNTRY)) cx.add(s, CMI.nationality, c);
        var born = row.date("born");
        var died = row.date("died");
        born.ifPresent(d -> cx.addDate(s, DateTerms.BIRTH, d));
        died.ifPresent(d -> cx.addDate(s, DateTerms.DEATH, d));
        cx.checkOrder(row, born, died, "died");
        EntityColumns.description(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }
}
