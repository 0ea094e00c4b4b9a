package org.cmikg.load.csv;

import java.util.Optional;

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

/**
 * {@code countries.csv}: sovereign states and dependent territories with their ISO 3166-1 codes and their UN M49
 * code, region, sub-region and intermediate region, and a representative position (WGS84 {@code geo:lat},
 * {@code geo:long}) that maps place a country's deployments at. A row with a {@code sovereign} state is a territory.
 */
public final class CountriesLoader extends RecordLoader {
    /** The vocabulary of UN M49 geographic regions in {@code ontology/vocabularies.ttl}. */
    static final String M49 = "m49-region";

    public CountriesLoader() {
        super(RecordType.COUNTRY, join(EntityColumns.NAMES, Column.required("iso2"), Column.required("iso3"),
                Column.optional("sovereign"), Column.required("m49"), Column.required("region"), Column.required("sub_region"),
                Column.optional("intermediate_region"), Column.optional("lat"), Column.optional("lon"), EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        Optional<Node> sovereign = cx.ref(row, "sovereign", RecordType.COUNTRY);
        cx.add(s, Ext.type, sovereign.isPresent() ? CMI.Territory : CMI.Country);
        sovereign.ifPresent(c -> cx.add(s, CMI.sovereignState, c));
        if (sovereign.isPresent() && sovereign.get().equals(s)) row.problem("sovereign", "names the territory itself; give the state it belongs to");
        EntityColumns.names(row, s, cx);
        row.matching("iso2", "[A-Z]{2}", "write the ISO 3166-1 alpha-2 code in capitals, such as CU")
                .ifPresent(c -> cx.addText(s, CMI.iso3166Alpha2, c));
        row.matching("iso3", "[A-Z]{3}", "write the ISO 3166-1 alpha-3 code in capitals, such as CUB")
                .ifPresent(c -> cx.addText(s, CMI.iso3166Alpha3, c));
        row.matching("m49", "[0-9]{3}", "write the three-digit UN M49 code with its leading zeros, such as 192 or 004")
                .ifPresent(c -> cx.addText(s, CMI.m49Code, c));
        var region = cx.concept(row, "region", M49);
        var subRegion = cx.concept(row, "sub_region", M49);
        var intermediate = cx.concept(row, "intermediate_region", M49);
        region.ifPresent(r -> cx.add(s, CMI.m49Region, r));
        subRegion.ifPresent(r -> cx.add(s, CMI.m49SubRegion, r));
        intermediate.ifPresent(r -> cx.add(s, CMI.m49IntermediateRegion, r));
        cx.checkBroader(row, subRegion, region, "sub_region", "region");
        cx.checkBroader(row, intermediate, subRegion, "intermediate_region", "sub_region");
        EntityColumns.position(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }
}
