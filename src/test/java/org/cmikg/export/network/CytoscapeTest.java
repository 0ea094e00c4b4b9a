package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cytoscape.js JSON has the shape of the export contract ({@code elements.nodes[].data}, {@code elements.edges[].data},
 * {@code provenance}) and as many nodes and edges as the view's SPARQL returns; every edge's ends are nodes.
 * Cytoscape.js itself loads it in the browser test of the site's network view.
 */
class CytoscapeTest {
    static Stream<View> views() { return ViewsTest.views(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void matchesTheContractShapeAndTheQuery(View v) {
        JsonObject json = JSON.parse(BundledStore.export(v, NetworkFormat.CYTOSCAPE));
        JsonArray nodes = json.get("elements").getAsObject().get("nodes").getAsArray();
        JsonArray edges = json.get("elements").getAsObject().get("edges").getAsArray();
        BundledStore.Counts expected = BundledStore.counts(v.query());
        assertEquals(expected.nodes(), nodes.size(), "nodes");
        assertEquals(expected.edges(), edges.size(), "edges");
        Set<String> ids = new HashSet<>();
        for (JsonValue n : nodes) {
            JsonObject d = n.getAsObject().get("data").getAsObject();
            for (String k : List.of("id", "label", "kind", "kindLabel", "wikidata", "url")) assertTrue(d.get(k).isString(), k + " in " + d);
            assertTrue(ids.add(d.get("id").getAsString().value()), "node ids are distinct");
        }
        for (JsonValue e : edges) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            for (String k : List.of("id", "source", "target", "type", "start", "end", "rank")) assertTrue(d.get(k).isString(), k + " in " + d);
            assertTrue(d.get("sources").isArray(), "sources is an array");
            assertTrue(ids.contains(d.get("source").getAsString().value()) && ids.contains(d.get("target").getAsString().value()));
        }
        JsonObject p = json.get("provenance").getAsObject();
        assertEquals("test", p.get("release").getAsString().value());
        assertTrue(p.get("query").getAsString().value().contains("SELECT"));
        assertTrue(p.get("generated").isString());
    }

    @Test
    void edgesCarryTheirSourcesAndDateBounds() {
        View roles = View.find(BundledStore.VIEWS, "people-organizations").orElseThrow();
        JsonArray edges = JSON.parse(BundledStore.export(roles, NetworkFormat.CYTOSCAPE))
                .get("elements").getAsObject().get("edges").getAsArray();
        assertTrue(edges.stream().allMatch(e -> !e.getAsObject().get("data").getAsObject().get("sources").getAsArray().isEmpty()),
                "every role cites a source");
        assertTrue(edges.stream().anyMatch(e -> e.getAsObject().get("data").getAsObject().hasKey("startEarliest")),
                "dated roles keep their earliest start");
    }

    @Test
    void spanishLabelsWhenAsked() {
        View v = View.find(BundledStore.VIEWS, "organizations-deployments-countries").orElseThrow();
        String es = BundledStore.export(NetworkExport.create(BundledStore.dataset()).query(v.query()).lang("es"), NetworkFormat.CYTOSCAPE);
        String en = BundledStore.export(NetworkExport.create(BundledStore.dataset()).query(v.query()).lang("en"), NetworkFormat.CYTOSCAPE);
        assertFalse(es.equals(en));
        assertTrue(es.contains("Ministerio de Salud Pública"), "a Spanish name");
    }
}
