package org.cmikg.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The edge table in the columns of one {@link CsvShape}. */
final class CsvEdgesWriter implements NetworkWriter {
    private final OutputStream out;
    private final CsvShape shape;
    private CSVPrinter csv;

    CsvEdgesWriter(OutputStream out, CsvShape shape) {
        this.out = out;
        this.shape = shape;
    }

    static List<String> header(CsvShape shape) {
        return switch (shape) {
            case GEPHI -> List.of("Source", "Target", "Type", "Id", "Label", "Kind", "Weight", "Start", "End",
                    "StartEarliest", "StartLatest", "EndEarliest", "EndLatest", "Rank", "Sources");
            case KUMU -> List.of("From", "To", "Type", "Direction", "ID", "Label", "Weight", "Start", "End",
                    "Start Earliest", "Start Latest", "End Earliest", "End Latest", "Rank", "Sources");
            case PALLADIO -> List.of("Source", "Target", "Type", "Id", "Label", "Weight", "Start", "End",
                    "Start as written", "End as written", "Rank", "Sources");
        };
    }

    @Override
    public void begin(Provenance p, SortedSet<String> extra) throws IOException {
        csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header(shape).toArray(String[]::new)).get());
    }

    @Override
    public void node(ExportNode n) { }

    @Override
    public void edge(ExportEdge e) throws IOException {
        String weight = e.weight() == null ? "" : Double.toString(e.weight());
        switch (shape) {
            case GEPHI -> csv.printRecord(e.source(), e.target(), "Directed", e.id(), e.label(), e.type(), weight, e.start(), e.end(),
                    e.startEarliest(), e.startLatest(), e.endEarliest(), e.endLatest(), e.rank(), e.sourcesJoined());
            case KUMU -> csv.printRecord(e.source(), e.target(), e.label(), "directed", e.id(), e.label(), weight, e.start(), e.end(),
                    e.startEarliest(), e.startLatest(), e.endEarliest(), e.endLatest(), e.rank(), String.join("|", e.sources()));
            case PALLADIO -> csv.printRecord(e.source(), e.target(), e.type(), e.id(), e.label(), weight,
                    e.spellStart(), e.spellEnd(), e.start(), e.end(), e.rank(), e.sourcesJoined());
        }
    }

    @Override
    public void end() throws IOException { csv.flush(); }
}
