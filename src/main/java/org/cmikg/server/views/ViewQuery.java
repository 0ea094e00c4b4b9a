package org.cmikg.server.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A SPARQL query a page draws, kept beside this class as a resource. Its labels are chosen by a
 * {@code VALUES ?lang { "en" }} line, which {@link #in} sets to the reader's language, so the query the reader
 * sees with "Show the SPARQL" is exactly the one the page ran. (The network's queries go to {@code /export},
 * which chooses labels itself.)
 */
record ViewQuery(String text) {
    private static final String LANG_LINE = "VALUES ?lang { \"en\" }";

    static ViewQuery resource(String name) {
        try (InputStream in = ViewQuery.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar; rebuild with mvn package");
            return new ViewQuery(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This query, which must choose its labels' language with the {@code VALUES ?lang} line. */
    ViewQuery labelled() {
        if (!text.contains(LANG_LINE)) throw new IllegalStateException("a page's query must choose its labels with " + LANG_LINE + ":\n" + text);
        return this;
    }

    /** The query with labels in {@code lang} ({@code en} or {@code es}). */
    String in(String lang) {
        return "es".equals(lang) ? text.replace(LANG_LINE, "VALUES ?lang { \"es\" }") : text;
    }
}
