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

/** {@code countries.csv}: sovereign states with their ISO 3166-1 codes. */
public final class CountriesLoader extends RecordLoader {

    public CountriesLoader() {
        super(RecordType.COUNTRY, join(EntityColumns.NAMES, Column.required("iso2"), Column.required("iso3"),
                EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.add(s, Ext.type, CMI.Country);
        EntityColumns.names(row, s, cx);
        row.matching("iso2", "[A-Z]{2}", "write the ISO 3166-1 alpha-2 code in capitals, such as CU")
                .ifPresent(c -> cx.addText(s, CMI.iso3166Alpha2, c));
        row.matching("iso3", "[A-Z]{3}", "write the ISO 3166-1 alpha-3 code in capitals, such as CUB")
                .ifPresent(c -> cx.addText(s, CMI.iso3166Alpha3, c));
        EntityColumns.sources(row, s, cx);
    }
}
