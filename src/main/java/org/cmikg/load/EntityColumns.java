package org.cmikg.load;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.cmikg.records.Column;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.Ext;

/** Columns that many record files share, and the triples they become. */
public final class EntityColumns {
    private EntityColumns() {}

    public static final List<Column> NAMES = List.of(
            Column.required("name_en"), Column.required("name_es"), Column.optional("alt_names"));
    public static final Column DESCRIPTION = Column.optional("description");
    public static final Column SOURCES = Column.required("sources");

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

    /** The lat and lon columns (WGS84 decimal degrees), which go together: both or neither. */
    public static void position(Row row, Node s, RecordContext cx) {
        row.decimal("lat", -90, 90).ifPresent(d -> cx.addDecimal(s, Ext.lat, d));
        row.decimal("lon", -180, 180).ifPresent(d -> cx.addDecimal(s, Ext.lon, d));
        if (row.text("lat").isPresent() != row.text("lon").isPresent()) row.problem(row.text("lat").isPresent() ? "lon" : "lat",
                "a position needs both lat and lon; give both or neither");
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
