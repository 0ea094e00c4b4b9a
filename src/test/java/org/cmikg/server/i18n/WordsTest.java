package org.cmikg.server.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The one word list of the site: the same keys in English and Spanish, and every key a page asks for is there. */
class WordsTest {
    /** {@code v.t("key")}, {@code p.t("key")}, {@code Words.t("key", lang)} in templates and Java. */
    private static final Pattern USE = Pattern.compile("\\bt\\(\"([A-Za-z][\\w.]*)\"\\s*[,)]");

    @Test
    void englishAndSpanishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(Words.keys("en")), new TreeSet<>(Words.keys("es")));
    }

    @Test
    void everyWordAPageAsksForIsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        int uses = 0;
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java/org/cmikg/server"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jte") || p.toString().endsWith(".java")).toList()) {
                    Matcher m = USE.matcher(Files.readString(f));
                    while (m.find()) {
                        uses++;
                        if (!Words.keys("en").contains(m.group(1))) missing.add(f + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(uses > 150, "found " + uses + " uses");
        assertTrue(missing.isEmpty(), "words missing from words.properties: " + missing);
    }

    @Test
    void spanishWordsAreSpanishAndAnUnknownKeyIsAnError() {
        assertEquals("Buscar", Words.t("search", "es"));
        assertEquals("Search", Words.t("search", "en"));
        assertEquals("Search", Words.t("search", "fr"), "any other language reads English");
        assertThrows(IllegalArgumentException.class, () -> Words.t("no-such-word", "es"));
    }

    @Test
    void keepAddsTheLanguageToLocalLinksOnlyOnSpanishPages() {
        assertEquals("/id/claim/x?lang=es", Words.keep("/id/claim/x", "es"));
        assertEquals("/search?q=a&lang=es#top", Words.keep("/search?q=a#top", "es"));
        assertEquals("/search?q=a&lang=en", Words.keep("/search?q=a&lang=en", "es"), "a chosen language is left alone");
        assertEquals("https://example.org/a", Words.keep("https://example.org/a", "es"), "not an outside address");
        assertEquals("/id/claim/x", Words.keep("/id/claim/x", "en"), "English needs no parameter");
    }
}
