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

/** {@code places.csv}: cities, regions and other places below country level. */
public final class PlacesLoader extends RecordLoader {

    public PlacesLoader() {
        super(RecordType.PLACE, join(Column.required("kind"), EntityColumns.NAMES, Column.required("country"),
                Column.optional("lat"), Column.optional("lon"), EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.kindClass(row, CMI.Place).ifPresent(c -> cx.add(s, Ext.type, c));
        EntityColumns.names(row, s, cx);
        cx.ref(row, "country", RecordType.COUNTRY).ifPresent(c -> cx.add(s, CMI.country, c));
        EntityColumns.position(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }
}
