package org.cmikg.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of one record file, one {@link Row} at a time, with the line each row starts on.
 * Checks the header against the file's columns (unknown and missing columns) and the shape of each row;
 * every problem goes to the {@link ProblemReporter}. Reading is strictly UTF-8: a file saved in another
 * encoding is reported, not silently garbled.
 * <pre>{@code
 * RecordReader.read(path, columns, problems, row -> ...);
 * }</pre>
 */
public final class RecordReader {
    private RecordReader() {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    /** Reads every row of {@code file} and hands it to {@code action}; returns false if the file could not be read at all. */
    public static boolean read(Path file, List<Column> columns, ProblemReporter problems, Consumer<Row> action) {
        CsvScanner scanner = null;
        try (Reader reader = scanner = new CsvScanner(utf8(file), file, problems); CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = checkHeader(file, parser.getHeaderNames(), columns, problems);
            if (header == null) return false;
            long previousEnd = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
                    if (e.getCause() instanceof CsvScanner.ValueTooLong || e.getCause() instanceof CharacterCodingException) {
                        throw (IOException) e.getCause();
                    }
                    problems.report(new Problem(file, previousEnd + 1, 0, null, syntaxMessage(e)));
                    return false;
                }
                long line = scanner.lineAt(record.getCharacterPosition());
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    problems.report(new Problem(file, line, 0, null, "this row has " + record.size()
                            + " fields but the header has " + header.size()
                            + "; quote any value that contains a comma, e.g. \"Havana, Cuba\""));
                    continue;
                }
                action.accept(new Row(file, line, header, record, problems));
            }
            return true;
        } catch (CsvScanner.ValueTooLong e) {
            problems.report(new Problem(file, e.line, e.field, scanner.columnName(e.field), "a value here is longer than "
                    + CsvScanner.MAX_VALUE_LENGTH + " characters; shorten it, or close the quote that opens it"));
        } catch (CharacterCodingException e) {
            problems.report(new Problem(file, lineOfBadUtf8(file), 0, null,
                    "is not valid UTF-8 (this line holds the first bad bytes); save the file as CSV UTF-8"));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.report(Problem.ofFile(file, "cannot be read: " + syntaxMessage(e)));
        }
        return false;
    }

    /** The line holding the first bytes that are not UTF-8 (the decoding reader reads ahead, so it cannot tell). */
    static long lineOfBadUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        long line = 1;
        try (ReadableByteChannel in = Files.newByteChannel(file)) {
            boolean eof = false;
            while (!eof) {
                eof = in.read(bytes) < 0;
                bytes.flip();
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, eof);
                for (int i = start; i < bytes.position(); i++) if (bytes.get(i) == '\n') line++;
                if (result.isError()) return line;
                chars.clear();
                bytes.compact();
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static Reader utf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        reader.mark(1);
        if (reader.read() != '\uFEFF') reader.reset(); // spreadsheets often write a byte-order mark
        return reader;
    }

    private static Map<String, Integer> checkHeader(Path file, List<String> names, List<Column> columns, ProblemReporter problems) {
        Map<String, Integer> header = new HashMap<>();
        if (names.isEmpty()) {
            problems.report(new Problem(file, 1, 0, null, "is empty; its first line must name the columns: "
                    + String.join(",", columns.stream().map(Column::name).toList()) + " (see data/README.md)"));
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (columns.stream().noneMatch(c -> c.name().equals(name))) {
                problems.report(new Problem(file, 1, i + 1, name, "unknown column; the columns of this file are "
                        + String.join(", ", columns.stream().map(Column::name).toList()) + " (see data/README.md)"));
                ok = false;
            } else if (header.put(name, i) != null) {
                problems.report(new Problem(file, 1, i + 1, name, "column appears twice in the header; remove one"));
                ok = false;
            }
        }
        for (Column c : columns) {
            if (c.required() && !header.containsKey(c.name())) {
                problems.report(new Problem(file, 1, 0, c.name(), "required column is missing from the header; add it"));
                ok = false;
            }
        }
        return ok ? header : null;
    }

    private static String syntaxMessage(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return "CSV syntax error: " + m + "; check the quotes on this row (a quote inside a quoted value is written \"\")";
    }
}
