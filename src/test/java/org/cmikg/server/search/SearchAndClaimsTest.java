package org.cmikg.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** /search and /claims over the bundled records on the real server: counts, facets, paging, the landing page's links. */
@ExtendWith(SharedServer.Bundled.class)
class SearchAndClaimsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) { server = shared; }

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static JsonNode json(String path) throws Exception {
        return JSON.readTree(get(path + (path.contains("?") ? "&" : "?") + "format=json"));
    }

    private static long sparqlCount(String where) throws Exception {
        String q = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + where + " }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    @Test
    void severalWordsFindNamesDescriptionsAndClaimText() throws Exception {
        JsonNode labor = json("/search?q=forced+labor");
        assertTrue(labor.get("total").asLong() > 0, labor.toString());
        boolean aClaim = false;
        for (JsonNode hit : labor.get("results")) aClaim |= "Claim".equals(hit.get("types").get(0).asText());
        assertTrue(aClaim, "claims found by their text: " + labor);
        JsonNode quake = json("/search?q=Pakistan+earthquake");
        List<String> ids = ids(quake);
        assertTrue(ids.contains("https://w3id.org/cmi-kg/id/deployment/pakistan-2005-henry-reeve"), ids.toString());
        assertEquals(ids, ids(json("/search?q=EARTHQUAKE+pakistán")), "any order, any case, any accent");
        JsonNode deployment = quake.get("results").get(0);
        assertTrue(deployment.get("when").asText().startsWith("2005") && deployment.get("countries").toString().contains("Pakistan"),
                "year and country on the hit: " + deployment);
    }

    @Test
    void countsAreTrueAndPagesCoverEveryHit() throws Exception {
        long deployments = sparqlCount("?x a cmi:Deployment FILTER(STRSTARTS(STR(?x), \"https://w3id.org/cmi-kg/id/deployment/\"))");
        JsonNode first = json("/search?type=Deployment");
        assertEquals(deployments, first.get("total").asLong(), "the true total, not the size of a page");
        List<String> seen = new ArrayList<>(ids(first));
        String next = first.path("next").asText(null);
        while (next != null) {
            JsonNode page = json(next);
            seen.addAll(ids(page));
            next = page.path("next").asText(null);
        }
        assertEquals(deployments, seen.size());
        assertEquals(deployments, seen.stream().distinct().count(), "no hit on two pages");
    }

    @Test
    void aFacetValueNarrowsToItsCount() throws Exception {
        JsonNode all = json("/search?q=henry+reeve");
        JsonNode country = all.get("facets").get("country").get(0);
        JsonNode narrowed = json("/search?q=henry+reeve&country=" + URLEncoder.encode(country.get("value").asText(), StandardCharsets.UTF_8));
        assertEquals(country.get("count").asLong(), narrowed.get("total").asLong());
        assertTrue(narrowed.get("total").asLong() < all.get("total").asLong());
    }

    @Test
    void claimsAreListedNewestFirstAndFilterByClaimantStanceAndYear() throws Exception {
        JsonNode claims = json("/claims");
        assertEquals(sparqlCount("?x a cmi:Claim FILTER(STRSTARTS(STR(?x), \"https://w3id.org/cmi-kg/id/claim/\") && !CONTAINS(STRAFTER(STR(?x), \"/claim/\"), \"/\"))"),
                claims.get("total").asLong());
        List<String> dates = new ArrayList<>();
        claims.get("results").forEach(r -> dates.add(r.get("when").asText()));
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
        for (String facet : List.of("claimant", "claimant_kind", "stance", "subject", "year", "dispute")) {
            assertTrue(claims.get("facets").get(facet).size() > 0, facet);
        }
        JsonNode state = json("/claims?claimant=" + URLEncoder.encode("https://w3id.org/cmi-kg/id/organization/us-department-of-state", StandardCharsets.UTF_8)
                + "&stance=" + URLEncoder.encode("https://w3id.org/cmi-kg/vocab/stance/critical", StandardCharsets.UTF_8));
        assertEquals(sparqlCount("?x cmi:claimant <https://w3id.org/cmi-kg/id/organization/us-department-of-state> ; "
                + "cmi:stance <https://w3id.org/cmi-kg/vocab/stance/critical>"), state.get("total").asLong());
        JsonNode labor = json("/claims?q=forced+labor");
        assertTrue(labor.get("total").asLong() > 0 && labor.get("total").asLong() < claims.get("total").asLong());
    }

    @Test
    void theLandingPagesCountsLeadToListsOfThatSize() throws Exception {
        String landing = get("/");
        for (String kind : List.of("attributed claims", "ranked values", "people")) {
            Matcher m = Pattern.compile("<th>" + Pattern.quote(kind) + "</th><td><a href=\"([^\"]+)\">(\\d+)</a>").matcher(landing);
            assertTrue(m.find(), kind);
            String href = m.group(1).replace("&amp;", "&");
            assertEquals(Long.parseLong(m.group(2)), json(href).get("total").asLong(), kind + " at " + href);
        }
    }

    @Test
    void spanishLabelsAndWordsWithLang() throws Exception {
        String html = get("/claims?lang=es");
        assertTrue(html.contains("<h1>Afirmaciones atribuidas</h1>") && html.contains("Postura") && html.contains("favorable"), "es");
        assertTrue(html.contains("lang=es"), "links keep the language");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("results").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
