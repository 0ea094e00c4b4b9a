package org.cmikg.load.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.cmikg.load.RecordContext;
import org.cmikg.load.RecordLoader;
import org.cmikg.records.Column;
import org.cmikg.records.Problem;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * {@code links.csv}: the verified links of records to Wikidata items, with their provenance. Each row
 * becomes {@code record skos:exactMatch wd:Q…} and a {@code cmi:EntityLink} node
 * ({@code id/link/{kind}-{record}-wikidata}) with the method, the evidence URLs (as IRIs), the reviewer
 * and the date. A record has at most one Wikidata item.
 */
public final class LinksLoader extends RecordLoader {

    private static final RecordType[] LINKABLE = RecordType.LINKABLE.toArray(new RecordType[0]);

    /** A Wikidata item ID. */
    public static final String QID = "Q[1-9][0-9]*";

    /** Methods whose definition asks for two sources that agree. */
    private static final List<String> TWO_SOURCES = List.of("checked-by-hand", "crosswalk");

    private record Seen(String qid, long line) {}

    private final Map<String, Seen> linked = new HashMap<>();

    /** The verified item of a record, once its row has been read (links.csv loads before link-candidates.csv). */
    public Optional<String> linkedItem(String recordId) {
        return Optional.ofNullable(linked.get(recordId)).map(Seen::qid);
    }

    public LinksLoader() {
        super(RecordType.LINK, List.of(Column.required("record"), Column.required("wikidata"), Column.required("method"),
                Column.required("evidence"), Column.required("reviewer"), Column.required("date"), Column.optional("notes")));
    }

    @Override
    protected void write(Row row, String unused, Node noSubject, RecordContext cx) {
        Optional<Node> record = cx.ref(row, "record", LINKABLE);
        Optional<String> qid = row.matching("wikidata", QID,
                "write a Wikidata item ID such as Q123 (only the ID, not the URL)");
        Optional<Node> method = cx.concept(row, "method", "link-method");
        List<String> evidence = row.urls("evidence");
        if (method.isPresent() && TWO_SOURCES.contains(row.text("method").orElseThrow())
                && row.list("evidence").size() == 1) {
            row.problem("evidence", "method " + row.text("method").get() + " needs the addresses of two sources that agree; "
                    + "add the second after ' | ', or put the row in link-candidates.csv until it is checked");
        }
        Optional<String> reviewer = row.text("reviewer");
        var date = row.day("date");
        if (record.isEmpty() || qid.isEmpty()) return;

        String id = row.text("record").orElseThrow();
        Seen first = linked.putIfAbsent(id, new Seen(qid.get(), row.line()));
        if (first != null) {
            String where = Problem.displayPath(row.file()) + ":" + first.line();
            row.problem("record", first.qid().equals(qid.get())
                    ? "'" + id + "' is already linked to " + qid.get() + " at " + where + "; remove one of the two rows"
                    : "'" + id + "' is already linked to " + first.qid() + " at " + where + "; a record has at most one "
                            + "Wikidata item: keep the right one and move the other to link-candidates.csv");
            return;
        }

        String kind = cx.typeOf(id).orElseThrow().kind();
        Node item = RecordContext.uri(Namespaces.WIKIDATA_ENTITY + qid.get());
        cx.add(record.get(), Ext.exactMatch, item);
        Node link = cx.iris().wikidataLink(kind, id);
        cx.add(link, Ext.type, CMI.EntityLink);
        cx.add(link, CMI.linkSubject, record.get());
        cx.add(link, CMI.linkTarget, item);
        method.ifPresent(m -> cx.add(link, CMI.linkMethod, m));
        for (String url : evidence) cx.add(link, CMI.linkEvidence, RecordContext.uri(url));
        reviewer.ifPresent(r -> cx.addText(link, CMI.linkReviewer, r));
        date.ifPresent(d -> cx.add(link, CMI.linkDate, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        row.text("notes").ifPresent(n -> cx.addText(link, Ext.note, n));
    }
}
