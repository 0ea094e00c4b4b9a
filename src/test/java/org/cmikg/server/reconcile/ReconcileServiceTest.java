package org.cmikg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /reconcile} on the real server over the site fixture, over real HTTP, answers checked against the API's schemas. */
@ExtendWith(SharedServer.Site.class)
class ReconcileServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static RunningServer server;
    static String base;

    @BeforeAll
    static void start(RunningServer shared) { server = shared; base = server.base(); }

    @Test
    void theManifestDescribesTheServiceAndItsUrlsWork() throws Exception {
        JsonNode m = json(get("/reconcile"));
        assertConforms("manifest", m);
        assertEquals("https://w3id.org/cmi-kg/id/", m.path("identifierSpace").asText());
        assertEquals("https://w3id.org/cmi-kg/ontology#", m.path("schemaSpace").asText());
        assertTrue(m.path("defaultTypes").toString().contains("\"id\":\"Person\""), m.toString());
        HttpResponse<String> view = getUrl(m.path("view").path("url").asText().replace("{{id}}", "person/ana-ejemplo"));
        assertEquals(303, view.statusCode());
        assertEquals("/id/person/ana-ejemplo", view.headers().firstValue("Location").orElse(""));
        assertEquals(200, getUrl(base + view.headers().firstValue("Location").orElseThrow()).statusCode(), "the entity page");
        HttpResponse<String> preview = getUrl(m.path("preview").path("url").asText().replace("{{id}}", "person/ana-ejemplo"));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Ana Ejemplo"), preview.body());
        String suggest = m.path("suggest").path("entity").path("service_url").asText() + m.path("suggest").path("entity").path("service_path").asText();
        assertConforms("suggest-entities-response", json(getUrl(suggest + "?prefix=ana")));
    }

    @Test
    void batchesByGetAndPostAnswerAlikeAndOnlyAClearWinnerMatches() throws Exception {
        String queries = "{\"q0\":{\"query\":\"Ana Ejemplo\"},\"q1\":{\"query\":\"ejemplo\"},\"q2\":{\"query\":\"A. Ejemplo\",\"type\":\"Person\"}}";
        HttpResponse<String> byGet = get("/reconcile?queries=" + enc(queries));
        HttpResponse<String> byPost = post("/reconcile", "queries=" + enc(queries));
        assertEquals(200, byGet.statusCode(), byGet.body());
        assertEquals(byGet.body(), byPost.body());
        JsonNode r = json(byGet);
        assertConforms("reconciliation-result-batch", r);
        JsonNode ana = r.path("q0").path("result").path(0);
        assertEquals("person/ana-ejemplo", ana.path("id").asText());
        assertEquals(100.0, ana.path("score").asDouble());
        assertTrue(ana.path("match").asBoolean());
        assertEquals("Person", ana.path("type").path(0).path("id").asText());
        assertTrue(r.path("q1").path("result").size() > 1, "several records share the word");
        r.path("q1").path("result").forEach(c -> assertFalse(c.path("match").asBoolean(), "no clear winner: " + c));
        assertTrue(r.path("q2").path("result").path(0).path("match").asBoolean(), "an alternative name is a name");
        JsonNode spanish = json(get("/reconcile?lang=es&queries=" + enc("{\"q0\":{\"query\":\"Example Brigade\",\"type\":\"Brigade\"}}")));
        assertEquals("Brigada Ejemplo", spanish.path("q0").path("result").path(0).path("name").asText(), "names in the asked language");
    }

    @Test
    void aSingleQueryIsAPlainNameOrAJsonObject() throws Exception {
        JsonNode plain = json(get("/reconcile?query=" + enc("Ana Ejémplo")));
        JsonNode object = json(get("/reconcile?query=" + enc("{\"query\":\"ana ejemplo\",\"type\":\"Person\",\"limit\":1}")));
        assertConforms("reconciliation-result-batch", JSON.createObjectNode().set("q0", plain));
        assertEquals("person/ana-ejemplo", plain.path("result").path(0).path("id").asText(), "accents do not matter");
        assertEquals(1, object.path("result").size());
        assertEquals("person/ana-ejemplo", object.path("result").path(0).path("id").asText());
    }

    @Test
    void theTypeFiltersCandidatesIncludingSuperclasses() throws Exception {
        JsonNode r = json(post("/reconcile", "queries=" + enc("{\"o\":{\"query\":\"example\",\"type\":\"Organization\"},"
                + "\"d\":{\"query\":\"example brigade\",\"type\":\"Deployment\"},\"any\":{\"query\":\"example\",\"type\":[\"Event\",\"Programme\"]}}")));
        assertConforms("reconciliation-result-batch", r);
        assertEquals(List.of("organization/example-brigade", "organization/example-ministry"), sortedIds(r.path("o")));
        assertEquals(List.of("deployment/example-deployment"), ids(r.path("d")));
        for (JsonNode c : r.path("any").path("result")) {
            String types = c.path("type").toString();
            assertTrue(types.contains("\"Event\"") || types.contains("\"Programme\""), c.toString());
        }
        assertTrue(sortedIds(r.path("any")).contains("programme/example-programme"));
    }

    @Test
    void propertyConstraintsOnCountryAndDateMoveCandidates() throws Exception {
        JsonNode r = json(post("/reconcile", "queries=" + enc("{"
                + "\"plain\":{\"query\":\"Example Brigade\"},"
                + "\"inExamplia\":{\"query\":\"Example Brigade\",\"properties\":[{\"pid\":\"country\",\"v\":\"Examplia\"}]},"
                + "\"byCode\":{\"query\":\"Example Brigade\",\"properties\":[{\"pid\":\"country\",\"v\":{\"id\":\"country/examplia\",\"name\":\"Examplia\"}}]},"
                + "\"in2005\":{\"query\":\"example\",\"type\":\"Event\",\"properties\":[{\"pid\":\"date\",\"v\":\"2005-10-08\"}]}}")));
        assertConforms("reconciliation-result-batch", r);
        assertEquals("organization/example-brigade", r.path("plain").path("result").path(0).path("id").asText());
        assertTrue(r.path("plain").path("result").path(0).path("match").asBoolean());
        for (String q : List.of("inExamplia", "byCode")) {
            JsonNode top = r.path(q).path("result").path(0);
            assertEquals("deployment/example-deployment", top.path("id").asText(), q);
            assertTrue(top.path("features").toString().contains("{\"id\":\"country\",\"value\":true}"), top.toString());
            JsonNode brigade = candidate(r.path(q), "organization/example-brigade");
            assertFalse(brigade.path("match").asBoolean(), "a contradicted constraint never matches");
            assertTrue(brigade.path("features").toString().contains("{\"id\":\"country\",\"value\":false}"), brigade.toString());
        }
        JsonNode events = r.path("in2005");
        assertEquals("event/example-earthquake", events.path("result").path(0).path("id").asText());
        assertTrue(candidate(events, "event/example-policy").path("features").toString().contains("{\"id\":\"date\",\"value\":false}"));
    }

    @Test
    void suggestFindsEntitiesTypesAndPropertiesByPrefixInEnglishAndSpanish() throws Exception {
        JsonNode es = json(get("/reconcile/suggest/entity?prefix=" + enc("brigada ej")));
        assertConforms("suggest-entities-response", es);
        assertEquals(List.of("organization/example-brigade", "deployment/example-deployment"), ids(es));
        JsonNode accent = json(get("/reconcile/suggest/entity?prefix=POLITICA"));
        assertEquals(List.of("event/example-policy"), ids(accent));
        JsonNode people = json(get("/reconcile/suggest/entity?prefix=ejem&type=Person"));
        assertEquals(List.of("person/ana-ejemplo"), ids(people));
        JsonNode paged = json(get("/reconcile/suggest/entity?prefix=brigada&cursor=1"));
        assertEquals(List.of("deployment/example-deployment"), ids(paged));

        JsonNode types = json(get("/reconcile/suggest/type?prefix=pers"));
        assertConforms("suggest-types-response", types);
        assertEquals(List.of("Person"), ids(types));
        assertTrue(ids(json(get("/reconcile/suggest/type?prefix=" + enc("país")))).contains("Country"), "Spanish label, accent");
        JsonNode props = json(get("/reconcile/suggest/property?prefix=pais&lang=es"));
        assertConforms("suggest-properties-response", props);
        assertEquals(List.of("country"), ids(props));
        assertEquals("País", props.path("result").path(0).path("name").asText());
    }

    @Test
    void dataExtensionProposesPropertiesAndFillsRows() throws Exception {
        JsonNode proposal = json(get("/reconcile/properties?type=Organization"));
        assertConforms("data-extension-property-proposal", proposal);
        assertEquals("Organization", proposal.path("type").asText());
        assertEquals(List.of("country", "start", "end", "kind", "wikidata"), ids(proposal.path("properties")));
        String extend = "{\"ids\":[\"organization/example-brigade\",\"country/examplia\",\"deployment/example-deployment\",\"person/nobody\"],"
                + "\"properties\":[{\"id\":\"country\"},{\"id\":\"start\"},{\"id\":\"end\"},{\"id\":\"kind\"},{\"id\":\"wikidata\"}]}";
        assertConforms("data-extension-query", JSON.readTree(extend));
        JsonNode r = json(post("/reconcile", "extend=" + enc(extend)));
        assertConforms("data-extension-response", r);
        JsonNode rows = r.path("rows");
        assertEquals("[{\"id\":\"country/cuba\",\"name\":\"Cuba\"}]", rows.path("organization/example-brigade").path("country").toString());
        assertEquals("[{\"str\":\"2005-09\"}]", rows.path("organization/example-brigade").path("start").toString());
        assertEquals("[{\"str\":\"Brigade\"}]", rows.path("organization/example-brigade").path("kind").toString());
        assertEquals("[{\"str\":\"Q4115189\"}]", rows.path("country/examplia").path("wikidata").toString());
        assertEquals("[{\"str\":\"2006-05\"}]", rows.path("deployment/example-deployment").path("end").toString());
        assertEquals("{\"country\":[],\"start\":[],\"end\":[],\"kind\":[],\"wikidata\":[]}", rows.path("person/nobody").toString());
        assertEquals("Country", r.path("meta").path(0).path("type").path("id").asText());
    }

    @Test
    void thePreviewEscapesWhatTheRecordsSay() throws Exception {
        HttpResponse<String> r = get("/reconcile/preview?id=person/mallory");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(r.body().contains("<script>alert(1)</script>"), r.body());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; Mallory"), r.body());
        assertFalse(r.body().contains("<b>markup</b>"), r.body());
        assertTrue(r.headers().firstValue("X-Frame-Options").isEmpty(), "OpenRefine shows the preview in a frame");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertTrue(get("/reconcile/view?id=person/mallory").headers().firstValue("X-Frame-Options").isPresent(),
                "only the preview may be framed by other sites");
        HttpResponse<String> missing = get("/reconcile/preview?id=" + enc("<img src=x onerror=alert(1)>"));
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("<img src=x"), missing.body());
    }

    @Test
    void jsonpWrapsAnswersForAValidCallbackOnly() throws Exception {
        HttpResponse<String> r = get("/reconcile?callback=handle_1&query=ana");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
        assertTrue(r.body().startsWith("/**/handle_1({\"result\":"), r.body());
        assertTrue(r.body().endsWith(");"));
        HttpResponse<String> bad = get("/reconcile?callback=" + enc("alert(1)//") + "&query=ana");
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(bad.body().startsWith("{\"result\":"), bad.body());
    }

    @Test
    void browsersMayCallItFromAnyOrigin() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/reconcile?query=ana"))
                .header("Origin", "http://example.org").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/reconcile"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org").header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), preflight.headers().toString());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse("false").equals("true"));
    }

    @Test
    void badRequestsAreRefusedWithTheFieldAtFault() throws Exception {
        assertError(get("/reconcile?queries=" + enc("{not json")), 400, "'queries' is not valid JSON");
        assertError(get("/reconcile?queries=" + enc("{\"q0\":{\"query\":\"x\",\"properties\":[{\"pid\":\"colour\",\"v\":\"red\"}]}}")), 400,
                "queries.q0.properties: unknown property 'colour'");
        assertError(get("/reconcile?queries=" + enc("{\"q0\":{\"query\":\"example\",\"properties\":[{\"pid\":\"date\",\"v\":\"soon\"}]}}")), 400,
                "'soon' is not a date");
        assertError(get("/reconcile?queries=" + enc("{\"q0\":{\"query\":\"x\",\"limit\":0}}")), 400, "queries.q0.limit");
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= ReconcileServlet.MAX_BATCH; i++) many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"a\"}");
        assertError(post("/reconcile", "queries=" + enc(many.append("}").toString())), 400, "at most " + ReconcileServlet.MAX_BATCH);
        assertError(post("/reconcile", "extend=" + enc("{\"ids\":[\"x\"],\"properties\":[{\"id\":\"colour\"}]}")), 400, "unknown property 'colour'");
        assertError(get("/reconcile/nowhere"), 404, "no such reconciliation route");
    }

    private static void assertError(HttpResponse<String> r, int status, String message) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(json(r).path("error").asText().contains(message), r.body());
    }

    private static JsonNode candidate(JsonNode result, String id) {
        for (JsonNode c : result.path("result")) if (c.path("id").asText().equals(id)) return c;
        throw new AssertionError(id + " is not a candidate: " + result);
    }

    /** The ids of a {@code {"result": [...]}} answer, or of a list, in order. */
    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        (answer.isArray() ? answer : answer.path("result")).forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    private static List<String> sortedIds(JsonNode answer) { return ids(answer).stream().sorted().toList(); }

    private static void assertConforms(String schema, JsonNode json) {
        assertEquals(List.of(), ReconciliationSchemas.errors(schema, json).stream().map(Object::toString).toList(), schema + ": " + json);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception { return JSON.readTree(r.body()); }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static HttpResponse<String> get(String path) throws Exception { return getUrl(base + path); }

    private static HttpResponse<String> getUrl(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
