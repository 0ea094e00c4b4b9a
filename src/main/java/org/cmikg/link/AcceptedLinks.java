package org.cmikg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cmikg.records.Column;
import org.cmikg.records.Problem;
import org.cmikg.records.ProblemReporter;
import org.cmikg.records.RecordReader;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;

/**
 * {@code cmi link --accept}: appends the rows of a review file marked {@value ReviewFile#ACCEPT} to
 * {@code data/links.csv}, with method {@value #METHOD}, the item's page and the service as evidence, the
 * reviewer and the day; a row of {@code data/link-candidates.csv} with the same record and item moves to
 * links.csv, so it is removed there, and so is a row of {@code data/link-searches.csv} (an earlier search that
 * found no item) for a record now linked. All or nothing: a row that names an unknown record, a record already
 * linked, an item already linked to another record, or two accepted rows for one record stops the whole
 * step, and every such problem is reported with its file and line.
 * <pre>{@code
 * AcceptedLinks.Result r = AcceptedLinks.append(review, Path.of("data"), "Ana Revisora", today, ids::contains);
 * }</pre>
 */
public final class AcceptedLinks {
    private AcceptedLinks() {}

    /** The link method of every row written here, from the link-method vocabulary. */
    public static final String METHOD = "reconciled-reviewed";
    /** The page of a Wikidata item, given as evidence. */
    public static final String ITEM_PAGE = "https://www.wikidata.org/wiki/";
    /** The header of {@code links.csv} (data/README.md). */
    public static final List<String> LINKS_HEADER = List.of("record", "wikidata", "method", "evidence", "reviewer", "date", "notes");
    /** The header of {@code link-searches.csv} (data/README.md). */
    public static final List<String> SEARCHES_HEADER = List.of("record", "searched", "reviewer", "date", "notes");

    private static final String QID = "Q[1-9][0-9]*";
    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** One row appended to {@code links.csv}. */
    public record Link(String record, String qid, String evidence, String notes, long reviewLine) {}

    /** What was written: the links appended, and the lines of the candidate and search rows they replaced. */
    public record Result(List<Link> links, List<Long> candidateLinesRemoved, List<Long> searchLinesRemoved) {}

    private record Seen(String other, Path file, long line) {
        String where() { return Problem.displayPath(file) + ":" + line; }
    }

    /**
     * Checks every accepted row of {@code review} and appends them all to {@code links}, or none.
     *
     * @param data     the directory of the record files
     * @param isRecord whether an ID is a record that may be linked (a person, organization, place, ...)
     * @return the links appended, in the order of the review file, and the candidate rows removed
     * @throws ReviewException listing every problem, when any
     */
    public static Result append(Path review, Path data, String reviewer, LocalDate day, Predicate<String> isRecord) {
        Path links = data.resolve(RecordType.LINK.fileName());
        Path candidates = data.resolve(RecordType.LINK_CANDIDATE.fileName());
        Path searches = data.resolve(RecordType.LINK_SEARCH.fileName());
        if (reviewer == null || reviewer.isBlank()) throw new IllegalArgumentException("a reviewer's name is required");
        ProblemReporter.Collector problems = new ProblemReporter.Collector();
        Map<String, Seen> linkedRecords = new HashMap<>();
        Map<String, Seen> linkedItems = new HashMap<>();
        if (Files.exists(links)) {
            List<Column> columns = LINKS_HEADER.stream().map(Column::optional).toList();
            RecordReader.read(links, columns, problems, row -> row.text("record").ifPresent(r -> row.text("wikidata").ifPresent(q -> {
                linkedRecords.putIfAbsent(r, new Seen(q, links, row.line()));
                linkedItems.putIfAbsent(q, new Seen(r, links, row.line()));
            })));
        }

        List<Link> accepted = new ArrayList<>();
        List<Column> columns = ReviewFile.HEADER.stream()
                .map(c -> Set.of(ReviewFile.RECORD, ReviewFile.WIKIDATA, ReviewFile.DECISION).contains(c) ? Column.required(c) : Column.optional(c))
                .toList();
        boolean read = RecordReader.read(review, columns, problems, row -> {
            if (!row.text(ReviewFile.DECISION).map(ReviewFile.ACCEPT::equalsIgnoreCase).orElse(false)) return;
            check(row, isRecord, linkedRecords, linkedItems).ifPresent(accepted::add);
        });
        if (read && accepted.isEmpty() && problems.isEmpty()) {
            problems.report(Problem.ofFile(review, "has no row whose decision is '" + ReviewFile.ACCEPT
                    + "'; write " + ReviewFile.ACCEPT + " in the decision column of the rows to link"));
        }
        if (!problems.isEmpty()) throw new ReviewException(problems.problems());

        Set<String> pairs = new HashSet<>();
        Set<String> records = new HashSet<>();
        for (Link l : accepted) {
            pairs.add(l.record() + " " + l.qid());
            records.add(l.record());
        }
        List<long[]> moved = Files.exists(candidates) ? rowsOf(candidates, ReviewFile.CANDIDATE_COLUMNS, problems,
                row -> pairs.contains(row.text(ReviewFile.RECORD).orElse("") + " " + row.text(ReviewFile.WIKIDATA).orElse(""))) : List.of();
        List<long[]> searched = Files.exists(searches) ? rowsOf(searches, SEARCHES_HEADER, problems,
                row -> records.contains(row.text(ReviewFile.RECORD).orElse(""))) : List.of();
        if (!problems.isEmpty()) throw new ReviewException(problems.problems());
        write(links, accepted, reviewer.strip(), day);
        if (!moved.isEmpty()) removeLines(candidates, moved);
        if (!searched.isEmpty()) removeLines(searches, searched);
        return new Result(accepted, moved.stream().map(r -> r[0]).toList(), searched.stream().map(r -> r[0]).toList());
    }

    /** The first and last line of each row of {@code file} that {@code match} accepts. */
    private static List<long[]> rowsOf(Path file, List<String> header, ProblemReporter problems, Predicate<Row> match) {
        List<Long> starts = new ArrayList<>();
        List<Boolean> matched = new ArrayList<>();
        List<Column> columns = header.stream().map(Column::optional).toList();
        RecordReader.read(file, columns, problems, row -> {
            starts.add(row.line());
            matched.add(match.test(row));
        });
        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            if (matched.get(i)) rows.add(new long[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) - 1 : Long.MAX_VALUE});
        }
        return rows;
    }

    /** Copies the file without the given line ranges, then puts the copy in its place. */
    private static void removeLines(Path file, List<long[]> ranges) {
        Path copy = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                long at = ++n;
                if (ranges.stream().noneMatch(r -> at >= r[0] && at <= r[1])) out.write(line + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + Problem.displayPath(file) + ": " + e.getMessage(), e);
        }
        try {
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + Problem.displayPath(file) + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Link> check(Row row, Predicate<String> isRecord, Map<String, Seen> linkedRecords,
            Map<String, Seen> linkedItems) {
        String record = row.text(ReviewFile.RECORD).orElse("");
        Optional<String> qid = row.matching(ReviewFile.WIKIDATA, QID,
                "an accepted row needs a Wikidata item ID such as Q123; clear the decision of rows without one");
        if (record.isEmpty()) {
            row.problem(ReviewFile.RECORD, "an accepted row needs the record ID");
            return Optional.empty();
        }
        if (qid.isEmpty()) {
            if (row.text(ReviewFile.WIKIDATA).isEmpty()) row.problem(ReviewFile.WIKIDATA,
                    "an accepted row needs a Wikidata item ID; clear the decision of rows without a candidate");
            return Optional.empty();
        }
        if (!isRecord.test(record)) {
            row.problem(ReviewFile.RECORD, "'" + record + "' is not the ID of a record that can be linked "
                    + "(person, organization, programme, event, place, deployment, country); check the spelling");
            return Optional.empty();
        }
        Seen linked = linkedRecords.get(record);
        if (linked != null) {
            row.problem(ReviewFile.DECISION, linked.other().equals(qid.get())
                    ? "'" + record + "' is already linked to " + qid.get() + " at " + linked.where() + "; clear this decision"
                    : "'" + record + "' is already linked to " + linked.other() + " at " + linked.where() + ", not " + qid.get()
                            + "; a record has at most one item: correct that row by hand, or clear this decision");
            return Optional.empty();
        }
        Seen item = linkedItems.get(qid.get());
        if (item != null) {
            row.problem(ReviewFile.DECISION, qid.get() + " is already the item of '" + item.other() + "' at " + item.where()
                    + "; two records cannot share an item: check which one it is and clear the other decision");
            return Optional.empty();
        }
        linkedRecords.put(record, new Seen(qid.get(), row.file(), row.line()));
        linkedItems.put(qid.get(), new Seen(record, row.file(), row.line()));
        String service = row.url(ReviewFile.SERVICE).orElse("");
        String evidence = ITEM_PAGE + qid.get() + (service.isEmpty() ? "" : " | " + service);
        String notes = "proposed by cmi link" + row.text(ReviewFile.SCORE).map(s -> " with score " + s).orElse("")
                + scores(row) + "; accepted from " + Problem.displayPath(row.file()) + ":" + row.line();
        return Optional.of(new Link(record, qid.get(), evidence, notes, row.line()));
    }

    private static String scores(Row row) {
        List<String> parts = new ArrayList<>();
        for (String f : List.of(ReviewFile.NAME_SCORE, ReviewFile.TYPE_SCORE, ReviewFile.COUNTRY_SCORE, ReviewFile.DATE_SCORE)) {
            row.text(f).ifPresent(v -> parts.add(f.replace("_score", "") + " " + v));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static void write(Path links, List<Link> accepted, String reviewer, LocalDate day) {
        try {
            boolean fresh = !Files.exists(links) || Files.size(links) == 0;
            boolean needsNewline = !fresh && !endsWithNewline(links);
            try (Writer w = Files.newBufferedWriter(links, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                 CSVPrinter out = new CSVPrinter(w, OUT)) {
                if (needsNewline) w.write("\n");
                if (fresh) out.printRecord(LINKS_HEADER);
                for (Link l : accepted) {
                    out.printRecord(l.record(), l.qid(), METHOD, l.evidence(), reviewer, day, l.notes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + Problem.displayPath(links) + ": " + e.getMessage(), e);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(f.length() - 1);
            return f.read() == '\n';
        }
    }
}
