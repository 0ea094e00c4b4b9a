package org.cmikg.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SPARQL file of the project ({@code queries/*.rq}): its name, the intent stated by its opening
 * comment lines, and its text. The example queries, the editor's tabs and the quality report share it.
 */
public record QueryFile(Path path, String name, String intent, String text) {

    public static QueryFile read(Path path) {
        try {
            String text = Files.readString(path);
            String intent = String.join(" ", text.lines().takeWhile(l -> l.startsWith("#"))
                    .map(l -> l.substring(1).strip()).toList());
            String name = path.getFileName().toString().replaceAll("\\.rq$", "");
            return new QueryFile(path, name, intent, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code .rq} files directly in {@code dir}, by name; none when the directory does not exist. */
    public static List<QueryFile> list(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().map(QueryFile::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
