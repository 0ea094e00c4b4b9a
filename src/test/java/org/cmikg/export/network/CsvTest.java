package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Node and edge tables read back with commons-csv in each tool's shape: the columns Gephi's spreadsheet import,
 * Kumu and Palladio look for, one row per node and per edge, every edge end a node of the table.
 */
class CsvTest {
    static Stream<Arguments> viewsAndShapes() {
        return ViewsTest.views().flatMap(v -> Stream.of(CsvShape.values()).map(s -> Arguments.of(v, s)));
    }

    /** The columns each tool needs to import a table: nodes, then edges. */
    private static List<List<String>> required(CsvShape s) {
        return switch (s) {
            case GEPHI -> List.of(List.of("Id", "Label"), List.of("Source", "Target", "Type", "Id", "Label", "Weight"));
            case KUMU -> List.of(List.of("ID", "Label", "Type"), List.of("From", "To", "Type", "Direction"));
            case PALLADIO -> List.of(List.of("Id", "Label", "Coordinates", "Start", "End"), List.of("Source", "Target", "Start", "End"));
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("viewsAndShapes")
    void readBackWithEachToolsColumns(View v, CsvShape shape) throws IOException {
        NetworkExport.Builder b = NetworkExport.create(BundledStore.dataset()).query(v.query()).csvShape(shape);
        List<CSVRecord> nodes = read(BundledStore.export(b, NetworkFormat.NODES_CSV), required(shape).get(0));
        List<CSVRecord> edges = read(BundledStore.export(b, NetworkFormat.EDGES_CSV), required(shape).get(1));
        BundledStore.Counts expected = BundledStore.counts(v.query());
        assertEquals(expected.nodes(), nodes.size(), "node rows");
        assertEquals(expected.edges(), edges.size(), "edge rows");
        String id = shape == CsvShape.KUMU ? "ID" : "Id";
        Set<String> ids = new HashSet<>();
        nodes.forEach(r -> ids.add(r.get(id)));
        String from = shape == CsvShape.KUMU ? "From" : "Source";
        String to = shape == CsvShape.KUMU ? "To" : "Target";
        for (CSVRecord e : edges) assertTrue(ids.contains(e.get(from)) && ids.contains(e.get(to)), "edge ends are nodes: " + e);
        if (shape == CsvShape.PALLADIO) {
            for (CSVRecord e : edges) {
                assertTrue(e.get("Start").isEmpty() || e.get("Start").matches("\\d{4}-\\d{2}-\\d{2}"), "Palladio dates: " + e.get("Start"));
            }
            for (CSVRecord n : nodes) {
                assertTrue(n.get("Coordinates").isEmpty() || n.get("Coordinates").matches("-?[0-9.]+,-?[0-9.]+"), n.get("Coordinates"));
            }
        }
    }

    private static List<CSVRecord> read(String csv, List<String> requiredColumns) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().get())) {
            assertTrue(p.getHeaderNames().containsAll(requiredColumns), p.getHeaderNames() + " lacks some of " + requiredColumns);
            return p.getRecords();
        }
    }
}
