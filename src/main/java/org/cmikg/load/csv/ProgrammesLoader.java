package org.cmikg.load.csv;

import static org.cmikg.load.EntityColumns.join;

import org.apache.jena.graph.Node;
import org.cmikg.load.EntityColumns;
import org.cmikg.load.RecordContext;
import org.cmikg.load.RecordLoader;
import org.cmikg.records.Column;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/** {@code programmes.csv}: standing programmes under which health workers are sent or students trained. */
public final class ProgrammesLoader extends RecordLoader {

    public ProgrammesLoader() {
        super(RecordType.PROGRAMME, join(EntityColumns.NAMES, Column.optional("operated_by"), Column.optional("countries"),
                Column.optional("start"), Column.optional("end"), EntityColumns.DESCRIPTION,
                EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.add(s, Ext.type, CMI.Programme);
        EntityColumns.names(row, s, cx);
        for (Node o : cx.refs(row, "operated_by", RecordType.ORGANIZATION)) cx.add(s, CMI.operatedBy, o);
        for (Node c : cx.refs(row, "countries", RecordType.COUNTRY)) cx.add(s, CMI.country, c);
        EntityColumns.span(row, s, cx);
        EntityColumns.description(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }
}
