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

/** {@code events.csv}: disasters, epidemics, policy actions, agreements and other events. */
public final class EventsLoader extends RecordLoader {

    public EventsLoader() {
        super(RecordType.EVENT, join(Column.required("kind"), EntityColumns.NAMES, Column.required("start"),
                Column.optional("end"), Column.optional("countries"), Column.optional("places"), Column.optional("actors"),
                Column.optional("affects"), EntityColumns.DESCRIPTION, EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.kindClass(row, CMI.Event).ifPresent(c -> {
            if (cx.isSubClassOf(c, CMI.Deployment)) {
                row.problem("kind", "deployments and missions belong in deployments.csv, which records who was sent where");
            } else {
                cx.add(s, Ext.type, c);
            }
        });
        EntityColumns.names(row, s, cx);
        EntityColumns.span(row, s, cx);
        for (Node c : cx.refs(row, "countries", RecordType.COUNTRY)) cx.add(s, CMI.country, c);
        for (Node p : cx.refs(row, "places", RecordType.PLACE)) cx.add(s, CMI.place, p);
        for (Node a : cx.refs(row, "actors", RecordType.PERSON, RecordType.ORGANIZATION)) cx.add(s, CMI.actor, a);
        for (Node a : cx.refs(row, "affects")) cx.add(s, CMI.affects, a);
        EntityColumns.description(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }
}
