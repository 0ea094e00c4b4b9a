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
 * {@code deployments.csv}: medical missions and emergency brigades, as events: who was sent, by whom,
 * where, when, why, within which programme, and how many, as of when.
 */
public final class DeploymentsLoader extends RecordLoader {

    public DeploymentsLoader() {
        super(RecordType.DEPLOYMENT, join(Column.required("kind"), EntityColumns.NAMES, Column.required("host_countries"),
                Column.optional("places"), Column.required("start"), Column.optional("end"), Column.optional("sent_by"),
                Column.optional("contingent"), Column.optional("programme"), Column.optional("prompted_by"),
                Column.optional("purpose"), Column.optional("personnel"), Column.optional("personnel_as_of"),
                Column.optional("status"), Column.optional("status_as_of"),
                EntityColumns.DESCRIPTION, EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.kindClass(row, CMI.Deployment).ifPresent(c -> cx.add(s, Ext.type, c));
        EntityColumns.names(row, s, cx);
        for (Node c : cx.refs(row, "host_countries", RecordType.COUNTRY)) cx.add(s, CMI.hostCountry, c);
        for (Node p : cx.refs(row, "places", RecordType.PLACE)) cx.add(s, CMI.place, p);
        EntityColumns.span(row, s, cx);
        for (Node o : cx.refs(row, "sent_by", RecordType.ORGANIZATION)) cx.add(s, CMI.sentBy, o);
        cx.ref(row, "contingent", RecordType.ORGANIZATION).ifPresent(o -> cx.add(s, CMI.contingent, o));
        cx.ref(row, "programme", RecordType.PROGRAMME).ifPresent(p -> cx.add(s, CMI.programme, p));
        for (Node e : cx.refs(row, "prompted_by", RecordType.EVENT)) cx.add(s, CMI.promptedBy, e);
        row.text("purpose").ifPresent(p -> cx.addText(s, CMI.purpose, p, "en"));
        var personnel = row.nonNegativeInteger("personnel");
        var asOf = row.date("personnel_as_of");
        personnel.ifPresent(n -> cx.addInteger(s, CMI.personnel, n));
        asOf.ifPresent(d -> cx.addDate(s, DateTerms.AS_OF, d));
        if (personnel.isPresent() && asOf.isEmpty() && row.text("personnel_as_of").isEmpty()) {
            row.problem("personnel_as_of", "is required with personnel: give the date the number refers to (EDTF, e.g. 2014-10)");
        }
        status(row, s, cx);
        EntityColumns.description(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }

    /**
     * Whether the deployment is ongoing, ended or of unknown status, as of a date; the date is required, and an
     * ongoing status after the end date, or an ended status before it, is reported.
     */
    private static void status(Row row, Node s, RecordContext cx) {
        var status = cx.concept(row, "status", "deployment-status");
        var asOf = row.date("status_as_of");
        status.ifPresent(c -> cx.add(s, CMI.status, c));
        asOf.ifPresent(d -> cx.addDate(s, DateTerms.STATUS_AS_OF, d));
        if (row.text("status").isPresent() && row.text("status_as_of").isEmpty()) {
            row.problem("status_as_of", "is required with status: give the date the status refers to (EDTF, e.g. 2024-05)");
        }
        var end = row.date("end");
        String written = row.text("status").orElse("");
        if (end.isPresent() && asOf.isPresent()) {
            if (written.equals("ongoing") && !asOf.get().mayPrecedeOrEqual(end.get())) {
                row.problem("status", "is ongoing as of " + asOf.get().written() + ", after the end date "
                        + end.get().written() + "; correct the status or the end");
            } else if (written.equals("ended") && !end.get().mayPrecedeOrEqual(asOf.get())) {
                row.problem("status", "is ended as of " + asOf.get().written() + ", before the end date "
                        + end.get().written() + "; correct the status or the end");
            }
        }
    }
}
