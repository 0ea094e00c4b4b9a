package org.cmikg.export.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * A named view ({@code views/NAME.rq}): a SPARQL query that yields a network, opened by a comment block
 * <pre>
 * # title: People and organizations: roles over time
 * # title@es: Personas y organizaciones: cargos en el tiempo
 * # One sentence or more saying what the network shows.
 * </pre>
 */
public record View(String name, String title, String titleEs, String description, String text) {

    public static View read(Path file) {
        try {
            String text = Files.readString(file);
            String title = "";
            String titleEs = "";
            List<String> description = new ArrayList<>();
            for (String line : text.lines().takeWhile(l -> l.startsWith("#")).toList()) {
                String l = line.substring(1).strip();
                if (l.startsWith("title@es:")) titleEs = l.substring("title@es:".length()).strip();
                else if (l.startsWith("title:")) title = l.substring("title:".length()).strip();
                else description.add(l);
            }
            String name = file.getFileName().toString().replaceAll("\\.rq$", "");
            return new View(name, title, titleEs, String.join(" ", description), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The views in {@code dir}, by name; none when the directory does not exist. */
    public static List<View> list(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().map(View::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view called {@code name} in {@code dir}. */
    public static Optional<View> find(Path dir, String name) {
        return list(dir).stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public Query query() { return QueryFactory.create(text); }
}
