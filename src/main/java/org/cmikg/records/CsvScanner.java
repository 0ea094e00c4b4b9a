package org.cmikg.records;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Watches the characters of a record file on their way to the CSV parser and reports what the parser
 * would accept silently: control characters (NUL, terminal escapes), a quote inside an unquoted value,
 * and a value longer than {@link #MAX_VALUE_LENGTH} (the reading stops there, so a huge or runaway value
 * is never held in memory). It also keeps where each line starts, so a row's line number is right even
 * after blank lines or values that span lines.
 */
final class CsvScanner extends FilterReader {
    /** The longest value a cell may hold, in characters: far beyond any name, description or list of sources. */
    static final int MAX_VALUE_LENGTH = 10_000;

    /** Thrown when a value grows past {@link #MAX_VALUE_LENGTH}; the file cannot be read further. */
    static final class ValueTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final int field;

        ValueTooLong(long line, int field) {
            super("value too long");
            this.line = line;
            this.field = field;
        }
    }

    private final Path file;
    private final ProblemReporter problems;
    private long offset;
    private long line = 1;
    private int field = 1;
    private int valueLength;
    private boolean quoted;
    private boolean quoteInQuoted;
    private boolean fieldStart = true;
    private long lastReportedLine = -1;
    private int lastReportedField = -1;
    private long[] lineStarts = {0, 0};
    private final BitSet blankLines = new BitSet();
    private boolean lineHasContent;
    private final List<StringBuilder> header = new ArrayList<>(List.of(new StringBuilder()));

    CsvScanner(Reader in, Path file, ProblemReporter problems) {
        super(in);
        this.file = file;
        this.problems = problems;
    }

    /**
     * The line on which a row starting at {@code position} (as counted by the parser) stands: the first
     * line at or after it that is not blank, as the parser skips blank lines.
     */
    long lineAt(long position) {
        int i = Arrays.binarySearch(lineStarts, 1, (int) line + 1, position);
        long at = i >= 0 ? i : -i - 2;
        while (at < line && blankLines.get((int) at)) at++;
        return at;
    }

    /** The name of a column as the header row gives it, or null. */
    String columnName(int field) {
        return field >= 1 && field <= header.size() ? header.get(field - 1).toString().strip() : null;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) scan((char) c);
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) scan(buf[off + i]);
        return n;
    }

    private void scan(char c) throws IOException {
        offset++;
        if (quoteInQuoted) {
            quoteInQuoted = false;
            if (c == '"') { grow(c); return; }
            quoted = false; // the quote closed the value; c is what follows it
        }
        if (quoted) {
            if (c == '"') quoteInQuoted = true;
            else if (c == '\n') newLine();
            else { checkCharacter(c); grow(c); }
            return;
        }
        switch (c) {
            case '"' -> {
                lineHasContent = true;
                if (fieldStart) quoted = true;
                else report("holds a quote inside a value that does not start with one; put the whole value in quotes "
                        + "and double the inner quote (\"a \"\"b\"\" c\")");
                fieldStart = false;
            }
            case ',' -> {
                field++;
                fieldStart = true;
                valueLength = 0;
                lineHasContent = true;
                if (line == 1) header.add(new StringBuilder());
            }
            case '\n' -> { newLine(); field = 1; fieldStart = true; valueLength = 0; }
            case '\r' -> { }
            default -> { fieldStart = false; checkCharacter(c); grow(c); }
        }
    }

    private void newLine() {
        if (!lineHasContent) blankLines.set((int) line);
        lineHasContent = false;
        line++;
        if (line + 1 > lineStarts.length) lineStarts = Arrays.copyOf(lineStarts, lineStarts.length * 2);
        lineStarts[(int) line] = offset;
    }

    private void grow(char c) throws IOException {
        lineHasContent = true;
        if (++valueLength > MAX_VALUE_LENGTH) throw new ValueTooLong(line, field);
        if (line == 1) header.get(header.size() - 1).append(c);
    }

    private void checkCharacter(char c) {
        if (c != '\t' && c != '\r' && Character.isISOControl(c)) {
            report(String.format("holds the control character U+%04X, which no record may contain; delete it "
                    + "(it often comes from copying out of a terminal or another program)", (int) c));
        }
    }

    /** One report per cell: the first thing wrong with it. */
    private void report(String message) {
        if (line == lastReportedLine && field == lastReportedField) return;
        lastReportedLine = line;
        lastReportedField = field;
        problems.report(new Problem(file, line, field, columnName(field), message));
    }
}
