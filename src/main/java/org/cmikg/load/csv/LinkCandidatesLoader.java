package org.cmikg.load.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@code link-candidates.csv}: Wikidata items that may be the same entity as a record but were not
 * verified. Each row becomes a {@code cmi:LinkCandidate} node ({@code id/link-candidate/{kind}-{record}-{Q…}})
 * in the graph {@code graph/link-candidates}, and never a {@code skos:exactMatch}: a candidate is only a
 * lead for a reviewer, who moves it to {@code links.csv} once two sources agree.
 */
public final class LinkCandidatesLoader extends RecordLoader {

    private static final RecordType[] LINKABLE = RecordType.LINKABLE.toArray(new RecordType[0]);

    private final LinksLoader links;
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, List<String>> itemsByRecord = new HashMap<>();

    /** The candidate items of a record, in file order, once its rows have been read. */
    public List<String> candidateItems(String recordId) { return itemsByRecord.getOrDefault(recordId, List.of()); }

    /** {@code links} is the loader of {@code links.csv}, read first, so that a verified item is not also a candidate. */
    public LinkCandidatesLoader(LinksLoader links) {
        super(RecordType.LINK_CANDIDATE, List.of(Column.required("record"), Column.required("wikidata"),
                Column.required("label"), Column.optional("description"), Column.required("score"),
                Column.required("method"), Column.required("found"), Column.optional("notes")));
        this.links = links;
    }

    @Override
    protected void write(Row row, String unused, Node noSubject, RecordContext cx) {
        Optional<Node> record = cx.ref(row, "record", LINKABLE);
        Optional<String> qid = row.matching("wikidata", LinksLoader.QID,
                "write a Wikidata item ID such as Q123 (only the ID, not the URL)");
        Optional<BigDecimal> score = row.decimal("score", 0, 1);
        Optional<LocalDate> found = row.day("found");
        if (record.isEmpty() || qid.isEmpty()) return;

        String id = row.text("record").orElseThrow();
        if (links.linkedItem(id).filter(qid.get()::equals).isPresent()) {
            row.problem("wikidata", "'" + id + "' is already linked to " + qid.get() + " in links.csv; "
                    + "remove this candidate row");
            return;
        }
        Long first = seen.putIfAbsent(id + " " + qid.get(), row.line());
        if (first != null) {
            row.problem("wikidata", qid.get() + " is already a candidate for '" + id + "' at "
                    + Problem.displayPath(row.file()) + ":" + first + "; remove one of the two rows");
            return;
        }

        itemsByRecord.computeIfAbsent(id, k -> new ArrayList<>()).add(qid.get());
        Node candidate = cx.iris().linkCandidate(cx.typeOf(id).orElseThrow().kind(), id, qid.get());
        cx.add(candidate, Ext.type, CMI.LinkCandidate);
        cx.add(candidate, CMI.candidateFor, record.get());
        cx.add(candidate, CMI.candidateItem, RecordContext.uri(Namespaces.WIKIDATA_ENTITY + qid.get()));
        row.text("label").ifPresent(l -> cx.addText(candidate, CMI.candidateLabel, l));
        row.text("description").ifPresent(d -> cx.addText(candidate, CMI.candidateDescription, d));
        score.ifPresent(s -> cx.addDecimal(candidate, CMI.candidateScore, s));
        row.text("method").ifPresent(m -> cx.addText(candidate, CMI.candidateMethod, m));
        found.ifPresent(d -> cx.add(candidate, CMI.candidateFound, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        row.text("notes").ifPresent(n -> cx.addText(candidate, Ext.note, n));
    }
}
