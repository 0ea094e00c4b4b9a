package org.cmikg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.cmikg.model.Slugs;
import org.cmikg.records.Column;
import org.cmikg.records.ProblemReporter;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.Ext;

/**
 * Turns the rows of one record file into triples. A subclass declares its columns and writes one row;
 * this class checks the ID and required columns, mints the subject IRI and records the ID. A file whose
 * rows have no ID of their own ({@link RecordType#hasIds()} false: each row is about another record,
 * like {@code links.csv}) gets no {@code id} column, and {@link #write} receives no ID and no subject.
 */
public abstract class RecordLoader {
    private final RecordType type;
    private final List<Column> columns;

    protected RecordLoader(RecordType type, List<Column> columns) {
        this.type = type;
        List<Column> all = new ArrayList<>();
        if (type.hasIds()) all.add(Column.required("id"));
        all.addAll(columns);
        this.columns = List.copyOf(all);
    }

    public final RecordType type() { return type; }

    public final List<Column> columns() { return columns; }

    /** Checks and writes one row. */
    final void load(Row row, RecordContext cx) {
        row.require(columns);
        if (!type.hasIds()) {
            write(row, null, null, cx);
            return;
        }
        // A missing or malformed ID is reported by require() or by the ID pass; the row is still checked
        // under a placeholder, so that all its problems show at once.
        String id = row.text("id").filter(Slugs::isSlug).orElse("invalid-id");
        Node subject = cx.iris().entity(type.kind(), id);
        cx.addText(subject, Ext.identifier, id);
        write(row, id, subject, cx);
    }

    /** Called after the last row of the file: for checks that need every row (cycles). */
    protected void finish(Path file, ProblemReporter problems) { }

    /** Writes the triples of one row about {@code subject} ({@code id} and {@code subject} are null in a file without IDs). */
    protected abstract void write(Row row, String id, Node subject, RecordContext cx);
}
