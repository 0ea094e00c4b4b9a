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

/** {@code organizations.csv}: government bodies, schools, brigades, international and other organizations. */
public final class OrganizationsLoader extends RecordLoader {

    public OrganizationsLoader() {
        super(RecordType.ORGANIZATION, join(Column.required("kind"), EntityColumns.NAMES, Column.optional("country"),
                Column.optional("parent"), Column.optional("start"), Column.optional("end"), Column.optional("publisher_kind"), EntityColumns.DESCRIPTION,
                EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.kindClass(row, CMI.Organization).ifPresent(c -> cx.add(s, Ext.type, c));
        EntityColumns.names(row, s, cx);
        cx.ref(row, "country", RecordType.COUNTRY).ifPresent(c -> cx.add(s, CMI.country, c));
        cx.ref(row, "parent", RecordType.ORGANIZATION).ifPresent(p -> cx.add(s, CMI.parentOrganization, p));
        EntityColumns.span(row, s, cx);
        cx.concept(row, "publisher_kind", "publisher-kind").ifPresent(k -> cx.add(s, CMI.publisherKind, k));
        EntityColumns.description(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }
}
