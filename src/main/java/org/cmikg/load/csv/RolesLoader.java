package org.cmikg.load.csv;

import java.util.List;

import org.apache.jena.graph.Node;
import org.cmikg.load.EntityColumns;
import org.cmikg.load.RecordContext;
import org.cmikg.load.RecordLoader;
import org.cmikg.records.Column;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/**
 * {@code roles.csv}: a role held over time, as a node of its own (W3C ORG's Membership pattern) joining
 * the agent, the role, what it was held in, the span and its sources.
 */
public final class RolesLoader extends RecordLoader {

    public RolesLoader() {
        super(RecordType.ROLE, List.of(Column.required("agent"), Column.required("role"), Column.required("in"),
                Column.optional("title"), Column.optional("start"), Column.optional("end"), EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.add(s, Ext.type, CMI.RoleAssignment);
        cx.ref(row, "agent", RecordType.PERSON, RecordType.ORGANIZATION).ifPresent(a -> cx.add(s, CMI.agent, a));
        cx.concept(row, "role", "role").ifPresent(r -> cx.add(s, CMI.role, r));
        cx.ref(row, "in", RecordType.ORGANIZATION, RecordType.DEPLOYMENT, RecordType.EVENT, RecordType.PROGRAMME)
                .ifPresent(o -> cx.add(s, CMI.actedIn, o));
        row.text("title").ifPresent(t -> cx.addText(s, CMI.roleTitle, t));
        EntityColumns.span(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }
}
