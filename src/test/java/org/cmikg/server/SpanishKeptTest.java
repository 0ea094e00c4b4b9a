package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spanish chosen once is kept: a crawl from {@code /?lang=es} over the bundled records, through every kind of page
 * (landing, search with its facets and paging, claims, entity pages, views, about, ontology, dumps, void), finds no
 * internal link to a page that drops the language, and no form that forgets it. A link that changes the language on
 * purpose says so with {@code hreflang}.
 */
@ExtendWith(SharedServer.Bundled.class)
class SpanishKeptTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern TAG = Pattern.compile("<(a|iframe)\\s([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("<form\\s([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HIDDEN_LANG = Pattern.compile("<input type=\"hidden\" name=\"lang\" value=\"es\">");
    private static final int MAX_PAGES = 300;

    static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) { server = shared; }

    @Test
    void noInternalLinkOnASpanishPageDropsTheLanguage() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/?lang=es", "/about?lang=es", "/void?lang=es", "/dumps/?lang=es",
                "/ontology?lang=es", "/search?q=m%C3%A9dicos&lang=es", "/claims?lang=es", "/network?lang=es", "/map?lang=es",
                "/timeline?lang=es", "/id/claim/claim-rubio-2025-02?lang=es", "/id/country/cuba?lang=es",
                "/id/source/src-socusap-2022-chile-1960?lang=es", "/id/person/che-guevara?lang=es"));
        Set<String> seen = new HashSet<>(queue);
        Set<String> checkedBare = new HashSet<>();
        List<String> dropped = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> res = get(path);
            if (!res.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) continue;
            assertTrue(res.statusCode() == 200, path + " answered " + res.statusCode());
            pages++;
            kinds.add(kind(path));
            String html = res.body();
            assertTrue(html.contains("<html lang=\"es\">"), path + " is not a Spanish page");
            Matcher forms = FORM.matcher(html);
            while (forms.find()) {
                String action = attribute(forms.group(1), "action");
                if (internal(action) && !action.contains("lang=es") && !HIDDEN_LANG.matcher(forms.group(2)).find()) {
                    dropped.add(path + ": the form to " + action + " forgets the language");
                }
            }
            Matcher tags = TAG.matcher(html);
            while (tags.find()) {
                String attributes = tags.group(2);
                String href = attribute(attributes, tags.group(1).equalsIgnoreCase("a") ? "href" : "src");
                // A link that changes the language says so (hreflang); one to data in another format says which (type).
                if (!internal(href) || attribute(attributes, "hreflang") != null || attribute(attributes, "type") != null) continue;
                href = href.replace("&amp;", "&").replaceFirst("#.*", "");
                if (href.isEmpty()) continue;
                if (href.matches(".*[?&]lang=es(&.*)?")) {
                    if (!href.startsWith("/query") && seen.add(href)) queue.add(href);
                } else if (checkedBare.add(href) && isPage(href)) {
                    dropped.add(path + " → " + href);
                }
            }
        }
        assertTrue(dropped.isEmpty(), dropped.size() + " links drop Spanish:\n" + String.join("\n", dropped.subList(0, Math.min(60, dropped.size()))));
        assertTrue(pages >= 150, "crawled " + pages + " pages");
        for (String kind : List.of("/", "/about", "/search", "/claims", "/id/claim", "/id/deployment", "/id/source", "/id/country", "/id/person",
                "/ontology", "/void", "/dumps", "/network", "/map", "/timeline")) {
            assertTrue(kinds.contains(kind), "the crawl reached " + kind + ": " + kinds);
        }
    }

    /** A bare link matters when it leads to a page (HTML), not to a file, a query endpoint or a download. */
    private static boolean isPage(String href) throws Exception {
        HttpResponse<String> res = get(href);
        return res.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private static String kind(String path) {
        String p = path.replaceFirst("[?#].*", "");
        if (p.startsWith("/id/")) return p.substring(0, p.indexOf('/', 4));
        return p.length() > 1 ? p.replaceFirst("/$", "") : p;
    }

    private static boolean internal(String href) {
        return href != null && href.startsWith("/") && !href.startsWith("//");
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
