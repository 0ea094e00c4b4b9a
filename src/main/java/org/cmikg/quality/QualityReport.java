package org.cmikg.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.cmikg.model.QueryFile;

/**
 * The data-quality report: SPARQL files run against a dataset. {@code checks/*.rq} are rules that
 * return rows only when the data breaks them (unsourced records, dangling references, duplicate
 * entities); {@code metrics/*.rq} count what scholars want to know (records by type, single-sourced
 * facts, contested values, entities without a Wikidata link). Each file opens with a comment that
 * states its intent, shown as the section's title.
 * <pre>{@code
 * QualityReport report = QualityReport.run(Path.of("queries/quality"), dsg);
 * if (!report.passed()) ...
 * }</pre>
 */
public final class QualityReport {

    /** One query's results: its file, its stated intent and the rows it gave. */
    public record Section(Path file, String intent, ResultSetRewindable rows, Query query) {
        public int size() { return rows.size(); }

        /** The rows as a text table. */
        public String table() {
            rows.reset();
            String text = ResultSetFormatter.asText(rows, query.getPrologue());
            rows.reset();
            return text;
        }
    }

    private final List<Section> checks;
    private final List<Section> metrics;

    private QualityReport(List<Section> checks, List<Section> metrics) {
        this.checks = checks;
        this.metrics = metrics;
    }

    /** Runs every check and metric of {@code dir} against {@code dsg}, in one read transaction. */
    public static QualityReport run(Path dir, DatasetGraph dsg) {
        List<QueryFile> checkFiles = QueryFile.list(dir.resolve("checks"));
        List<QueryFile> metricFiles = QueryFile.list(dir.resolve("metrics"));
        return Txn.calculateRead(dsg, () -> new QualityReport(runAll(checkFiles, dsg), runAll(metricFiles, dsg)));
    }

    public List<Section> checks() { return checks; }

    public List<Section> metrics() { return metrics; }

    /** True when no check returned a row. */
    public boolean passed() { return checks.stream().allMatch(s -> s.size() == 0); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Section m : metrics) sb.append("## ").append(m.intent()).append('\n').append(m.table()).append('\n');
        for (Section c : checks) {
            sb.append(c.size() == 0 ? "PASS " : "FAIL ").append(c.file().getFileName()).append(": ").append(c.intent()).append('\n');
            if (c.size() > 0) sb.append(c.table());
        }
        return sb.toString();
    }

    private static List<Section> runAll(List<QueryFile> files, DatasetGraph dsg) {
        List<Section> sections = new ArrayList<>();
        for (QueryFile file : files) {
            Query query = QueryFactory.create(file.text());
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                ResultSetRewindable rows = ResultSet.adapt(exec.select()).rewindable();
                sections.add(new Section(file.path(), file.intent(), rows, query));
            }
        }
        return sections;
    }
}
