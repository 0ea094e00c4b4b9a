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

/**
 * {@code link-searches.csv}: records that were searched for a Wikidata item where none was found. Each row
 * becomes a {@code cmi:LinkSearch} node ({@code id/link-search/{kind}-{record}-wikidata}) in the graph
 * {@code graph/link-searches}, so that the quality report can tell "checked, no item" from "not checked yet".
 * A record with a verified link or with candidates cannot also have a search that found nothing.
 */
public final class LinkSearchesLoader extends RecordLoader {

    private static final RecordType[] LINKABLE = RecordType.LINKABLE.toArray(new RecordType[0]);

    private final LinksLoader links;
    private final LinkCandidatesLoader candidates;
    private final Map<String, Long> seen = new HashMap<>();

    /** {@code links} and {@code candidates} are the loaders of the two files read before this one. */
    public LinkSearchesLoader(LinksLoader links, LinkCandidatesLoader candidates) {
        super(RecordType.LINK_SEARCH, List.of(Column.required("record"), Column.required("searched"),
                Column.required("reviewer"), Column.required("date"), Column.optional("notes")));
        this.links = links;
        this.candidates = candidates;
    }

    @Override
    protected void write(Row row, String unused, Node noSubject, RecordContext cx) {
        Optional<Node> record = cx.ref(row, "record", LINKABLE);
        var date = row.day("date");
        if (record.isEmpty()) return;

        String id = row.text("record").orElseThrow();
        Optional<String> item = links.linkedItem(id);
        if (item.isPresent()) {
            row.problem("record", "'" + id + "' is linked to " + item.get() + " in links.csv, so an item was found; "
                    + "remove this row");
            return;
        }
        List<String> leads = candidates.candidateItems(id);
        if (!leads.isEmpty()) {
            row.problem("record", "'" + id + "' has candidate items in link-candidates.csv (" + String.join(", ", leads)
                    + "); verify one (move it to links.csv) or remove them before recording that no item was found");
            return;
        }
        Long first = seen.putIfAbsent(id, row.line());
        if (first != null) {
            row.problem("record", "'" + id + "' already has a search at " + Problem.displayPath(row.file()) + ":" + first
                    + "; keep one row (the latest search) and put what both searched in it");
            return;
        }

        Node search = cx.iris().linkSearch(cx.typeOf(id).orElseThrow().kind(), id);
        cx.add(search, Ext.type, CMI.LinkSearch);
        cx.add(search, CMI.searchedFor, record.get());
        row.text("searched").ifPresent(s -> cx.addText(search, CMI.searchedIn, s));
        row.text("reviewer").ifPresent(r -> cx.addText(search, CMI.searchReviewer, r));
        date.ifPresent(d -> cx.add(search, CMI.searchDate, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        row.text("notes").ifPresent(n -> cx.addText(search, Ext.note, n));
    }
}
