package org.cmikg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.cmikg.model.Iris;
import org.cmikg.records.Column;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/** Columns that many record files share, and the triples they become. */
public final class EntityColumns {
    private EntityColumns() {}

    public static final List<Column> NAMES = List.of(
            Column.required("name_en"), Column.required("name_es"), Column.optional("alt_names"));
    public static final List<Column> WIKIDATA = List.of(Column.optional("wikidata"), Column.optional("wikidata_evidence"));
    public static final Column DESCRIPTION = Column.optional("description");
    public static final Column SOURCES = Column.required("sources");

    private static final String QID = "Q[1-9][0-9]*";

    /** Joins column lists and single columns into one list. */
    public static List<Column> join(Object... parts) {
        List<Column> all = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Column c) all.add(c);
            else if (p instanceof List<?> l) l.forEach(c -> all.add((Column) c));
            else throw new IllegalArgumentException(String.valueOf(p));
        }
        return all;
    }

    /** English and Spanish names as {@code rdfs:label} and {@code skos:prefLabel}; other names as {@code skos:altLabel}. */
    public static void names(Row row, Node s, RecordContext cx) {
        row.text("name_en").ifPresent(n -> cx.addLabel(s, n, "en"));
        row.text("name_es").ifPresent(n -> cx.addLabel(s, n, "es"));
        altNames(row, s, cx);
    }

    public static void altNames(Row row, Node s, RecordContext cx) {
        for (String alt : row.list("alt_names")) cx.addText(s, Ext.altLabel, alt);
    }

    public static void description(Row row, Node s, RecordContext cx) {
        row.text("description").ifPresent(d -> cx.addText(s, Ext.description, d, "en"));
    }

    /** {@code prov:wasDerivedFrom} for each cited source; at least one is required. */
    public static void sources(Row row, Node s, RecordContext cx) {
        for (Node source : cx.refs(row, "sources", RecordType.SOURCE)) cx.add(s, Ext.wasDerivedFrom, source);
    }

    /**
     * {@code skos:exactMatch} to the Wikidata item, and a link node that records how the link was made:
     * a QID in the records is one a curator verified against the evidence named beside it.
     */
    public static void wikidata(Row row, RecordType type, String id, Node s, RecordContext cx) {
        Optional<String> qid = row.matching("wikidata", QID,
                "write a Wikidata item ID such as Q123 (only the ID, not the URL), or leave it empty");
        if (qid.isEmpty()) return;
        Optional<String> evidence = row.text("wikidata_evidence");
        if (evidence.isEmpty()) {
            row.problem("wikidata_evidence", "is required when wikidata is filled; say which sources confirm " + qid.get()
                    + ", or leave wikidata empty");
            return;
        }
        Node item = RecordContext.uri(Namespaces.WIKIDATA_ENTITY + qid.get());
        cx.add(s, Ext.exactMatch, item);
        Node link = cx.iris().entity("link", type.kind() + "-" + id + "-wikidata");
        cx.add(link, Ext.type, CMI.EntityLink);
        cx.add(link, CMI.linkSubject, s);
        cx.add(link, CMI.linkTarget, item);
        cx.add(link, CMI.linkMethod, Iris.concept("link-method", "verified"));
        cx.addText(link, CMI.linkEvidence, evidence.get());
    }

    /** The start and end columns as dates with bounds, an end not before its start. */
    public static void span(Row row, Node s, RecordContext cx) {
        var start = row.date("start");
        var end = row.date("end");
        start.ifPresent(d -> cx.addDate(s, DateTerms.START, d));
        end.ifPresent(d -> cx.addDate(s, DateTerms.END, d));
        cx.checkOrder(row, start, end, "end");
    }
}
