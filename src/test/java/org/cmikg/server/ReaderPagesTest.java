package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a historian reads on the real server over the small fixture: a source on every fact, source pages in full. */
class ReaderPagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() { server = RunningServer.start(tmp, TestData.FIXTURES.resolve("site/data"), b -> b); }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void everyFactAndRoleRowNamesItsSourcesLinkedToTheirPages() throws Exception {
        String html = page("/id/deployment/example-deployment");
        // The host country comes from the deployment's row, which cites report-one (Example Press, 2020-05).
        assertTrue(row(html, "host country").contains("<a class=\"cite\" href=\"/id/source/report-one\" "
                + "title=\"Example report on brigades\">Example Press (2020)</a>"), row(html, "host country"));
        // Personnel is ranked by source: the preferred value's source is named, not the row's other sources.
        assertTrue(row(html, "personnel").contains("/id/source/report-one"), row(html, "personnel"));
        assertFalse(row(html, "personnel").contains("/id/source/nota-dos"), row(html, "personnel"));
        String roles = html.substring(html.indexOf("<table class=\"roles\">"));
        roles = roles.substring(0, roles.indexOf("</table>"));
        assertTrue(roles.contains("Head of brigade") && roles.contains("href=\"/id/source/report-one\""), roles);
    }

    @Test
    void aSourcePageShowsItsWholeAddressArchivedCopyPublisherAndKindOfPublisher() throws Exception {
        String html = page("/id/source/archived-page");
        assertTrue(html.contains(">https://example.org/pages/kept/</a>"), "the whole address, even when it ends with a slash");
        assertTrue(html.contains(">https://web.archive.org/web/2019/https://example.org/pages/kept/</a>"), "the archived copy");
        assertTrue(row(html, "published by").contains("<a href=\"/id/organization/example-press\">Example Press</a>"));
        assertTrue(row(html, "kind of publisher").contains("state media"), row(html, "kind of publisher"));
        assertTrue(html.contains("2010s"), "a decade written 201X reads as the 2010s");
    }

    /** The table row whose heading is {@code property}. */
    static String row(String html, String property) {
        Matcher m = Pattern.compile("<tr><th[^>]*>" + Pattern.quote(property) + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row '" + property + "'");
        return m.group(1);
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
