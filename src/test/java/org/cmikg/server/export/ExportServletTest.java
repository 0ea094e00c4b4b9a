package org.cmikg.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.cmikg.export.network.View;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /export} on the real server over a real store of the bundled records. */
@ExtendWith(SharedServer.Bundled.class)
class ExportServletTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) { server = shared; }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsTheViews() throws Exception {
        HttpResponse<String> r = get("/export");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray views = JSON.parseAny(r.body()).getAsArray();
        assertEquals(View.list(Path.of("views")).size(), views.size());
        JsonObject first = views.get(0).getAsObject();
        for (String k : new String[] {"name", "title", "titleEs", "description"}) assertTrue(first.get(k).isString(), k);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gexf, application/gexf+xml, gexf", "graphml, application/graphml+xml, graphml", "dot, text/vnd.graphviz, gv",
            "cytoscape, application/json, cyjs.json", "nodes-csv, text/csv, nodes.csv", "edges-csv, text/csv, edges.csv",
            "geojson, application/geo+json, geojson"})
    void eachFormatWithItsContentTypeAndADownloadNameWithTheRelease(String format, String type, String ext) throws Exception {
        HttpResponse<String> r = get("/export?view=deployments-events&format=" + format);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
        assertEquals("attachment; filename=\"cmi-kg-deployments-events-" + SharedServer.Bundled.BUILD + "." + ext + "\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        HttpResponse<String> inline = get("/export?view=deployments-events&format=" + format + "&inline=1");
        assertTrue(inline.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
    }

    @Test
    void aUserQueryAndItsErrors() throws Exception {
        String q = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#> SELECT ?source ?target WHERE { ?source cmi:promptedBy ?target }";
        HttpResponse<String> ok = get("/export?format=cytoscape&query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"edges\":[{"), "edges exported");
        assertEquals(400, get("/export?format=cytoscape&query=" + URLEncoder.encode("SELECT ?x WHERE { ?x ?p ?o }", StandardCharsets.UTF_8)).statusCode());
        assertEquals(400, get("/export?format=cytoscape&query=" + URLEncoder.encode("INSERT DATA { <a:b> <a:c> <a:d> }", StandardCharsets.UTF_8)).statusCode());
        assertEquals(400, get("/export?view=deployments-events&format=pdf").statusCode());
        assertEquals(404, get("/export?view=nothing&format=gexf").statusCode());
    }
}
