package org.cmikg.load;

import java.util.Map;

import org.cmikg.records.RecordType;

/** What a load read and wrote: rows per record file, ontology triples and the total of quads written. */
public record LoadReport(Map<RecordType, Long> rows, long ontologyTriples, long quads, IdIndex ids) {

    public long totalRows() { return rows.values().stream().mapToLong(Long::longValue).sum(); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        rows.forEach((type, n) -> sb.append(String.format("%-20s %6d rows%n", type.fileName(), n)));
        sb.append(String.format("%-20s %6d triples%n", "ontology", ontologyTriples));
        sb.append(String.format("%-20s %6d quads", "total", quads));
        return sb.toString();
    }
}
