package org.cmikg.records;

import java.nio.file.Path;

/**
 * One thing wrong with the input, where it is and how to fix it. Rendered one way everywhere:
 * {@code data/people.csv:42:5 [nationality]: 'cuab' is not a country ID; ...}.
 *
 * @param file   the file at fault
 * @param line   1-based line, or 0 when the problem is about the whole file
 * @param column 1-based column (CSV field or character), or 0 when unknown
 * @param field  the CSV column name, or null
 * @param message what is wrong and how to fix it
 */
public record Problem(Path file, long line, int column, String field, String message) {

    public static Problem ofFile(Path file, String message) { return new Problem(file, 0, 0, null, message); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(displayPath(file));
        if (line > 0) sb.append(':').append(line);
        if (line > 0 && column > 0) sb.append(':').append(column);
        if (field != null) sb.append(" [").append(field).append(']');
        return sb.append(": ").append(message).toString();
    }

    /** The path relative to the working directory when it lies below it, as a user would type it. */
    public static String displayPath(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
