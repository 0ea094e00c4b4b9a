package org.cmikg.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The node table in the columns of one {@link CsvShape}; extra attributes of a CONSTRUCT as further columns. */
final class CsvNodesWriter implements NetworkWriter {
    private final OutputStream out;
    private final CsvShape shape;
    private CSVPrinter csv;
    private SortedSet<String> extra;

    CsvNodesWriter(OutputStream out, CsvShape shape) {
        this.out = out;
        this.shape = shape;
    }

    static List<String> header(CsvShape shape) {
        return switch (shape) {
            case GEPHI -> List.of("Id", "Label", "Kind", "Wikidata", "Url", "Start", "End", "Earliest", "Latest", "Country",
                    "Latitude", "Longitude", "Sources");
            case KUMU -> List.of("ID", "Label", "Type", "Wikidata", "URL", "Start", "End", "Earliest", "Latest", "Country",
                    "Latitude", "Longitude", "Sources");
            case PALLADIO -> List.of("Id", "Label", "Kind", "Wikidata", "Url", "Start", "End", "Earliest", "Latest", "Country",
                    "Coordinates", "Sources");
        };
    }

    @Override
    public void begin(Provenance p, SortedSet<String> extra) throws IOException {
        this.extra = extra;
        List<String> h = new ArrayList<>(header(shape));
        h.addAll(extra);
        csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(h.toArray(String[]::new)).get());
    }

    @Override
    public void node(ExportNode n) throws IOException {
        List<String> row = new ArrayList<>(List.of(n.id(), n.label(), n.kind(), n.wikidata(), n.url(), n.start(), n.end(),
                n.earliest(), n.latest(), n.country()));
        String lat = n.located() ? Double.toString(n.lat()) : "";
        String lon = n.located() ? Double.toString(n.lon()) : "";
        if (shape == CsvShape.PALLADIO) row.add(n.located() ? lat + "," + lon : "");
        else row.addAll(List.of(lat, lon));
        row.add(shape == CsvShape.KUMU ? String.join("|", n.sources()) : n.sourcesJoined());
        for (String k : extra) row.add(n.extra().getOrDefault(k, ""));
        csv.printRecord(row);
    }

    @Override
    public void edge(ExportEdge e) { }

    @Override
    public void end() throws IOException { csv.flush(); }
}
