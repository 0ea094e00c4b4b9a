package org.cmikg.records;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.cmikg.model.PartialDate;

/**
 * One row of a record file. Accessors read a column as a typed value; a value that does not parse is
 * reported with the row's file, line and column, and the accessor returns empty so reading can go on.
 * Missing required values are reported by {@link #require}.
 */
public final class Row {
    /** Separator of several values in one cell. */
    public static final String LIST_SEPARATOR = "|";

    private final Path file;
    private final long line;
    private final Map<String, Integer> header;
    private final CSVRecord record;
    private final ProblemReporter problems;

    Row(Path file, long line, Map<String, Integer> header, CSVRecord record, ProblemReporter problems) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.record = record;
        this.problems = problems;
    }

    public Path file() { return file; }

    public long line() { return line; }

    /** Reports a problem with a column of this row. */
    public void problem(String column, String message) {
        Integer index = header.get(column);
        problems.report(new Problem(file, line, index == null ? 0 : index + 1, column, message));
    }

    /** The trimmed text of a column, empty when the column is absent or blank. */
    public Optional<String> text(String column) {
        Integer index = header.get(column);
        if (index == null) return Optional.empty();
        String v = record.get(index).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Reports each listed column that is blank in this row. */
    public void require(List<Column> columns) {
        for (Column c : columns) {
            if (c.required() && text(c.name()).isEmpty()) problem(c.name(), "is required; fill it in");
        }
    }

    /** The values of a {@code |}-separated cell, trimmed, without empty parts. */
    public List<String> list(String column) {
        List<String> values = new ArrayList<>();
        text(column).ifPresent(v -> {
            for (String part : v.split("\\" + LIST_SEPARATOR)) {
                String p = part.strip();
                if (!p.isEmpty()) values.add(p);
            }
        });
        return values;
    }

    public Optional<PartialDate> date(String column) {
        Optional<String> v = text(column);
        if (v.isEmpty()) return Optional.empty();
        Optional<PartialDate> d = PartialDate.parse(v.get());
        if (d.isEmpty()) problem(column, "'" + v.get() + "' is not a date; " + PartialDate.EXPECTED);
        return d;
    }

    public Optional<Long> nonNegativeInteger(String column) {
        Optional<String> v = text(column);
        if (v.isEmpty()) return Optional.empty();
        try {
            long n = Long.parseLong(v.get());
            if (n >= 0) return Optional.of(n);
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(column, "'" + v.get() + "' is not a whole number; write digits only, without separators (8300, not 8,300)");
        return Optional.empty();
    }

    public Optional<BigDecimal> decimal(String column, double min, double max) {
        Optional<String> v = text(column);
        if (v.isEmpty()) return Optional.empty();
        try {
            BigDecimal d = new BigDecimal(v.get());
            if (d.doubleValue() >= min && d.doubleValue() <= max) return Optional.of(d);
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(column, "'" + v.get() + "' is not a decimal number between " + min + " and " + max);
        return Optional.empty();
    }

    /** A number as the source writes it, without separators: digits with an optional decimal point ({@code 8300}, {@code 12.5}). */
    public Optional<BigDecimal> number(String column) {
        Optional<String> v = text(column);
        if (v.isEmpty()) return Optional.empty();
        if (v.get().matches("[0-9]+(\\.[0-9]+)?")) return Optional.of(new BigDecimal(v.get()));
        problem(column, "'" + v.get() + "' is not a number; write digits with an optional decimal point, "
                + "without separators or signs (8300, 12.5; not 8,300)");
        return Optional.empty();
    }

    /** {@code yes} or {@code no}. */
    public Optional<Boolean> yesNo(String column) {
        Optional<String> v = text(column);
        if (v.isEmpty()) return Optional.empty();
        if (v.get().equals("yes")) return Optional.of(true);
        if (v.get().equals("no")) return Optional.of(false);
        problem(column, "'" + v.get() + "' is not valid; write yes or no");
        return Optional.empty();
    }

    /** An absolute http(s) URL. */
    public Optional<String> url(String column) {
        Optional<String> v = text(column);
        if (v.isEmpty() || isHttpUrl(v.get())) return v;
        problem(column, notAUrl(v.get()));
        return Optional.empty();
    }

    /** The absolute http(s) URLs of a {@code |}-list column; each other value is reported. */
    public List<String> urls(String column) {
        List<String> urls = new ArrayList<>();
        for (String v : list(column)) {
            if (isHttpUrl(v)) urls.add(v);
            else problem(column, notAUrl(v));
        }
        return urls;
    }

    private static boolean isHttpUrl(String v) {
        try {
            URI uri = new URI(v);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String notAUrl(String v) {
        return "'" + v + "' is not an absolute http(s) URL; write it in full, e.g. https://example.org/page "
                + "(spaces must be written %20)";
    }

    /** A calendar day written YYYY-MM-DD (not a partial or uncertain date). */
    public Optional<LocalDate> day(String column) {
        Optional<String> v = text(column);
        if (v.isEmpty()) return Optional.empty();
        if (v.get().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                return Optional.of(LocalDate.parse(v.get()));
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        problem(column, "'" + v.get() + "' is not a day; write YYYY-MM-DD, e.g. 2026-11-27");
        return Optional.empty();
    }

    /** A text that must match a pattern; {@code expected} tells the user what to write. */
    public Optional<String> matching(String column, String regex, String expected) {
        Optional<String> v = text(column);
        if (v.isPresent() && !v.get().matches(regex)) {
            problem(column, "'" + v.get() + "' is not valid; " + expected);
            return Optional.empty();
        }
        return v;
    }
}
