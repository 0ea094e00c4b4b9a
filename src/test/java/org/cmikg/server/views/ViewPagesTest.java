package org.cmikg.server.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The network, map and timeline pages over HTTP: their words in Spanish, what they carry escaped, and the
 * embedded versions framable by this site only. (What they draw is proved in ViewsBrowserTest.)
 */
@ExtendWith(SharedServer.Bundled.class)
class ViewPagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) { server = shared; }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePagesSpeakSpanishWhenAsked() throws Exception {
        assertTrue(get("/timeline?lang=es").body().contains("Cronología de despliegues y acontecimientos"));
        assertTrue(get("/map?lang=es").body().contains("Mapa de los despliegues"));
        assertTrue(get("/network?lang=es").body().contains("Ver la consulta SPARQL"));
        assertTrue(get("/timeline?lang=es").body().contains("VALUES ?lang { \\\"es\\\" }"), "the query asks for Spanish labels");
    }

    @Test
    void aQueryInTheAddressIsEscapedInThePageAndItsScriptData() throws Exception {
        String hostile = "SELECT ?source ?target WHERE { ?source ?p ?target } # </script><script>alert(1)</script>";
        String body = get("/network?query=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8)).body();
        assertFalse(body.contains("<script>alert(1)"), body);
        assertTrue(body.contains("\\u003cscript\\u003ealert(1)"), "the query is in the page's data, escaped");
    }

    @Test
    void theEmbeddedViewsMayBeFramedByThisSiteOnlyAndHaveNoSiteHeader() throws Exception {
        for (String path : new String[] {"/map?embed=1&focus=https://w3id.org/cmi-kg/id/country/chile",
                "/network?embed=1&focus=https://w3id.org/cmi-kg/id/country/chile"}) {
            HttpResponse<String> embedded = get(path);
            assertEquals(200, embedded.statusCode(), path);
            assertEquals("SAMEORIGIN", embedded.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertTrue(embedded.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"), path);
            assertFalse(embedded.body().contains("<header class=\"site\">"), "no site header inside the frame: " + path);
        }
    }
}
