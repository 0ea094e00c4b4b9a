package org.cmikg.server.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place where the site's pages find their words in English or Spanish: {@code words.properties} and
 * {@code words_es.properties} beside this class (UTF-8, the same keys in both). A page's language is chosen by
 * {@code ?lang=} (or the reader's Accept-Language) and kept on every internal link by {@link #keep}; English is the
 * default and needs no parameter.
 * <pre>{@code
 * Words.t("search", "es")                 // "Buscar"
 * Words.keep("/id/claim/claim-x", "es")   // "/id/claim/claim-x?lang=es"
 * }</pre>
 */
public final class Words {
    private Words() {}

    private static final Map<String, String> EN = read("words.properties");
    private static final Map<String, String> ES = read("words_es.properties");

    /** The word for {@code key} in {@code lang} ({@code es}, else English); an unknown key is a programming error. */
    public static String t(String key, String lang) {
        String word = ("es".equals(lang) ? ES : EN).get(key);
        if (word == null) throw new IllegalArgumentException("no word '" + key + "' in words" + ("es".equals(lang) ? "_es" : "") + ".properties");
        return word;
    }

    /** The keys known in {@code lang}. */
    public static Set<String> keys(String lang) { return ("es".equals(lang) ? ES : EN).keySet(); }

    /** {@code en} or {@code es}: the {@code lang} parameter, else the preferred of the two in Accept-Language. */
    public static String language(HttpServletRequest req) {
        String p = req.getParameter("lang");
        if ("es".equals(p) || "en".equals(p)) return p;
        String header = req.getHeader("Accept-Language");
        if (header == null || header.isBlank()) return "en";
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("en", "es"));
            return "es".equals(best) ? "es" : "en";
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }

    /**
     * A local link that keeps the page's language when it is not the default: {@code /search?q=x} becomes
     * {@code /search?q=x&lang=es} on a Spanish page (before any {@code #fragment}); other links are returned as they are.
     */
    public static String keep(String href, String lang) {
        if (!"es".equals(lang) || href == null || !href.startsWith("/") || href.startsWith("//")) return href;
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        if (path.matches(".*[?&]lang=[a-z]+.*")) return href;
        return path + (path.contains("?") ? "&" : "?") + "lang=es" + fragment;
    }

    private static Map<String, String> read(String name) {
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> words = new java.util.HashMap<>();
            for (String key : p.stringPropertyNames()) words.put(key, p.getProperty(key));
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
