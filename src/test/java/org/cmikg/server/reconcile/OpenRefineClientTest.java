package org.cmikg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A scripted client that does what OpenRefine 3.x does with {@code /reconcile}, against the real server over
 * the bundled records: read the manifest, reconcile a column of 50 names (accents, other spellings,
 * abbreviations, Spanish names; {@code src/test/resources/reconciliation/openrefine-names.csv}, each row
 * labelled by hand with the record it means) in batches of 10 with the column's type, then extend the
 * reconciled rows with the properties the service proposes. Every answer is checked against the API's
 * JSON Schemas, and the extended values against the SPARQL endpoint.
 */
@ExtendWith(SharedServer.Bundled.class)
class OpenRefineClientTest {
    private static final Path NAMES = TestData.FIXTURES.resolve("reconciliation/openrefine-names.csv");
    private static final int BATCH = 10;
    private static final double REQUIRED_ACCURACY = 0.90;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static RunningServer server;
    static String base;

    private record Row(int line, String name, String type, String country, String expected) {
        /** The expected entity as an API id: {@code person/fidel-castro}. */
        String expectedId() { return type.toLowerCase(Locale.ROOT) + "/" + expected; }
    }

    @BeforeAll
    static void start(RunningServer shared) { server = shared; base = server.base(); }

    @Test
    void reconcilesTheSpreadsheetThenExtendsIt() throws Exception {
        int schemaChecks = 0;
        JsonNode manifest = getJson(base + "/reconcile");
        assertConforms("manifest", manifest);
        schemaChecks++;
        Set<String> defaultTypes = new HashSet<>();
        manifest.path("defaultTypes").forEach(t -> defaultTypes.add(t.path("id").asText()));

        List<Row> rows = readRows();
        assertEquals(50, rows.size());
        for (Row r : rows) {
            assertTrue(defaultTypes.contains(r.type()), "line " + r.line() + ": type " + r.type() + " is not offered by the manifest");
            String view = manifest.path("view").path("url").asText().replace("{{id}}", URLEncoder.encode(r.expectedId(), StandardCharsets.UTF_8));
            assertEquals(303, HTTP.send(HttpRequest.newBuilder(URI.create(view)).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "line " + r.line() + ": the expected record " + r.expectedId() + " does not exist");
        }

        // Reconcile, column by column of one type, in batches as OpenRefine sends them.
        Map<Row, JsonNode> answers = new LinkedHashMap<>();
        Map<String, List<Row>> byType = new LinkedHashMap<>();
        rows.forEach(r -> byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r));
        for (List<Row> column : byType.values()) {
            for (int from = 0; from < column.size(); from += BATCH) {
                List<Row> batch = column.subList(from, Math.min(from + BATCH, column.size()));
                ObjectNode queries = JSON.createObjectNode();
                for (int i = 0; i < batch.size(); i++) {
                    Row r = batch.get(i);
                    ObjectNode q = queries.putObject("q" + i).put("query", r.name()).put("type", r.type()).put("limit", 3);
                    if (!r.country().isEmpty()) q.putArray("properties").addObject().put("pid", "country").put("v", r.country());
                }
                JsonNode result = postForm(base + "/reconcile", "queries", queries.toString());
                assertConforms("reconciliation-result-batch", result);
                schemaChecks++;
                for (int i = 0; i < batch.size(); i++) answers.put(batch.get(i), result.path("q" + i).path("result"));
            }
        }

        int correct = 0;
        int matched = 0;
        List<String> wrongMatches = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<Row, JsonNode> e : answers.entrySet()) {
            Row r = e.getKey();
            JsonNode top = e.getValue().path(0);
            String got = top.path("id").asText("(no candidate)");
            boolean right = got.equals(r.expectedId());
            if (right) correct++;
            else misses.add(String.format("  line %d: '%s' -> %s (score %s), expected %s", r.line(), r.name(), got, top.path("score"), r.expectedId()));
            for (JsonNode c : e.getValue()) {
                if (!c.path("match").asBoolean()) continue;
                matched++;
                if (!c.path("id").asText().equals(r.expectedId()))
                    wrongMatches.add("line " + r.line() + ": '" + r.name() + "' matched " + c.path("id").asText());
            }
        }
        double accuracy = (double) correct / rows.size();

        // Extend the reconciled rows with every property the service proposes for their type.
        Map<String, Set<String>> extendedIds = new HashMap<>();
        for (Map.Entry<String, List<Row>> column : byType.entrySet()) {
            String propose = manifest.path("extend").path("propose_properties").path("service_url").asText()
                    + manifest.path("extend").path("propose_properties").path("service_path").asText();
            JsonNode proposal = getJson(propose + "?type=" + column.getKey());
            assertConforms("data-extension-property-proposal", proposal);
            schemaChecks++;
            ObjectNode extend = JSON.createObjectNode();
            Set<String> ids = new TreeSet<>();
            column.getValue().forEach(r -> ids.add(answers.get(r).path(0).path("id").asText()));
            ids.forEach(extend.putArray("ids")::add);
            proposal.path("properties").forEach(p -> extend.withArray("properties").addObject().put("id", p.path("id").asText()));
            assertConforms("data-extension-query", extend);
            JsonNode extension = postForm(base + "/reconcile", "extend", extend.toString());
            assertConforms("data-extension-response", extension);
            schemaChecks += 2;
            for (String id : ids) {
                JsonNode row = extension.path("rows").path(id);
                for (JsonNode p : proposal.path("properties"))
                    assertTrue(row.path(p.path("id").asText()).isArray(), id + " has no cell for " + p.path("id").asText());
                assertEquals(sparqlFacts(id), extendedFacts(row), "the extension of " + id + " differs from the graph");
            }
            extendedIds.put(column.getKey(), ids);
        }

        System.out.printf("reconciliation of %d names: top-1 correct %d (%.1f%%), match=true %d, match=true on a wrong candidate %d, "
                        + "schema checks passed %d, rows extended %d%n", rows.size(), correct, 100 * accuracy, matched,
                wrongMatches.size(), schemaChecks, extendedIds.values().stream().mapToInt(Set::size).sum());
        misses.forEach(System.out::println);
        assertEquals(List.of(), wrongMatches, "match must never be true on a wrong candidate");
        assertTrue(accuracy >= REQUIRED_ACCURACY, "top-1 accuracy " + accuracy + " is below " + REQUIRED_ACCURACY + ":\n" + String.join("\n", misses));
    }

    /** The country, start, end and Wikidata QID of an entity as the SPARQL endpoint gives them. */
    private static Map<String, Set<String>> sparqlFacts(String id) throws Exception {
        String q = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?p ?v WHERE { VALUES ?s { <" + EntityIds.toIri(id) + "> } {\n"
                + "  ?s cmi:country|cmi:nationality ?o BIND(\"country\" AS ?p) BIND(STR(?o) AS ?v) } UNION {\n"
                + "  ?s cmi:start ?o BIND(\"start\" AS ?p) BIND(STR(?o) AS ?v) } UNION {\n"
                + "  ?s cmi:end ?o BIND(\"end\" AS ?p) BIND(STR(?o) AS ?v) } UNION {\n"
                + "  ?s skos:exactMatch ?o FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\"))\n"
                + "  BIND(\"wikidata\" AS ?p) BIND(STRAFTER(STR(?o), \"http://www.wikidata.org/entity/\") AS ?v) } }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Set<String>> facts = new java.util.TreeMap<>();
        for (JsonNode b : JSON.readTree(r.body()).path("results").path("bindings")) {
            String p = b.path("p").path("value").asText();
            String v = b.path("v").path("value").asText();
            facts.computeIfAbsent(p, k -> new TreeSet<>()).add(p.equals("country") ? v.substring(v.lastIndexOf('/') + 1) : v);
        }
        return facts;
    }

    /** The same facts read from an extension row (countries by record ID). */
    private static Map<String, Set<String>> extendedFacts(JsonNode row) {
        Map<String, Set<String>> facts = new java.util.TreeMap<>();
        for (String p : List.of("country", "start", "end", "wikidata")) {
            for (JsonNode v : row.path(p)) {
                String value = v.has("id") ? v.path("id").asText().substring(v.path("id").asText().lastIndexOf('/') + 1) : v.path("str").asText();
                facts.computeIfAbsent(p, k -> new TreeSet<>()).add(value);
            }
        }
        return facts;
    }

    private static List<Row> readRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(NAMES, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new Row((int) rec.getRecordNumber() + 1, rec.get("name"), rec.get("type"), rec.get("country"), rec.get("expected")));
            }
        }
        return rows;
    }

    private static void assertConforms(String schema, JsonNode json) {
        assertEquals(List.of(), ReconciliationSchemas.errors(schema, json).stream().map(Object::toString).toList(),
                schema + ": " + json);
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode postForm(String url, String field, String value) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), field + ": " + r.body());
        return JSON.readTree(r.body());
    }
}
