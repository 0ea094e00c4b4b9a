package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GeoJSON exports are valid against the GeoJSON FeatureCollection JSON Schema (geojson/schema, checked by Debian's
 * python3-jsonschema) and follow the RFC 7946 rules a schema cannot state: positions are [longitude, latitude]
 * within range, linear rings are closed. There is one feature per event or deployment of the view that the
 * store locates (a place with coordinates, or a host country with a centroid), at the place's coordinates
 * when it has them.
 */
class GeoJsonTest {
    private static final Path SCHEMA = Path.of("src/test/resources/spec/geojson-schema/FeatureCollection.json");
    private static final String JSONSCHEMA = """
            import sys, json, jsonschema
            schema = json.load(open(sys.argv[1]))
            doc = json.load(sys.stdin)
            jsonschema.Draft7Validator.check_schema(schema)
            errors = [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(doc)]
            print(len(doc["features"]), len(errors), errors[:3])
            """;

    static Stream<View> views() { return ViewsTest.views(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void validAndLocatedAsTheStoreSays(View v) throws Exception {
        String geojson = BundledStore.export(v, NetworkFormat.GEOJSON);
        String out = Consumers.run(List.of(Consumers.PYTHON, "-c", JSONSCHEMA, SCHEMA.toString()), geojson);
        String[] read = out.split(" ", 3);
        assertEquals("0", read[1], "schema errors: " + out);

        JsonObject doc = JSON.parse(geojson);
        JsonArray features = doc.get("features").getAsArray();
        assertEquals(located(v).size(), Integer.parseInt(read[0]), "features as the store locates them");
        assertEquals(features.size(), Integer.parseInt(read[0]));
        for (JsonValue f : features) {
            checkGeometry(f.getAsObject().get("geometry").getAsObject());
            JsonArray at = f.getAsObject().get("geometry").getAsObject().get("coordinates").getAsArray();
            String lonLat = "[" + at.get(0).getAsNumber().value().doubleValue() + "," + at.get(1).getAsNumber().value().doubleValue() + "]";
            assertTrue(positions(f.getAsObject().get("id").getAsString().value()).contains(lonLat),
                    "[lon, lat] of the feature's place or country: " + f);
        }
        assertTrue(doc.get("provenance").getAsObject().get("release").isString());
    }

    /** The view's events and deployments that have a place or a host country with coordinates, by SPARQL. */
    private static Set<String> located(View v) {
        var ds = BundledStore.dataset();
        Set<String> nodes = new HashSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(v.query()).build()) {
                exec.select().forEachRemaining(b -> {
                    nodes.add(Terms.id(b.get("source")));
                    nodes.add(Terms.id(b.get("target")));
                });
            }
        });
        Set<String> located = new HashSet<>();
        String q = """
                PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>
                PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
                SELECT DISTINCT ?n WHERE {
                  ?n a cmi:Event .
                  { ?n cmi:place/geo:lat ?lat } UNION { ?n cmi:hostCountry/geo:lat ?lat } UNION { ?n cmi:country/geo:lat ?lat }
                }""";
        Txn.executeRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(QueryFactory.create(q)).build()) {
                exec.select().forEachRemaining(b -> {
                    if (nodes.contains(b.get("n").getURI())) located.add(b.get("n").getURI());
                });
            }
        });
        return located;
    }

    /** {@code [lon,lat]} of every place and country of a node, as the store has them. */
    private static Set<String> positions(String iri) {
        var ds = BundledStore.dataset();
        String q = "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#> PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> "
                + "SELECT ?lat ?lon WHERE { <" + iri + "> cmi:place|cmi:hostCountry|cmi:country ?x . ?x geo:lat ?lat ; geo:long ?lon }";
        Set<String> out = new HashSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(QueryFactory.create(q)).build()) {
                exec.select().forEachRemaining(b -> out.add("[" + Double.parseDouble(b.get("lon").getLiteralLexicalForm()) + ","
                        + Double.parseDouble(b.get("lat").getLiteralLexicalForm()) + "]"));
            }
        });
        return out;
    }

    @org.junit.jupiter.api.Test
    void deploymentsAreOnTheMap() {
        View v = View.find(BundledStore.VIEWS, "organizations-deployments-countries").orElseThrow();
        JsonArray features = JSON.parse(BundledStore.export(v, NetworkFormat.GEOJSON)).get("features").getAsArray();
        assertTrue(features.size() > 50, "countries have coordinates, so most deployments are placed: " + features.size());
    }

    /** RFC 7946 §3.1: positions are [lon, lat] in range; §3.1.6: rings of four or more positions, closed. */
    static void checkGeometry(JsonObject g) {
        String type = g.get("type").getAsString().value();
        JsonArray c = g.get("coordinates").getAsArray();
        switch (type) {
            case "Point" -> position(c);
            case "LineString", "MultiPoint" -> c.forEach(p -> position(p.getAsArray()));
            case "Polygon" -> c.forEach(r -> ring(r.getAsArray()));
            case "MultiPolygon" -> c.forEach(poly -> poly.getAsArray().forEach(r -> ring(r.getAsArray())));
            default -> throw new AssertionError("unexpected geometry " + type);
        }
    }

    private static void position(JsonArray p) {
        assertTrue(p.size() == 2 || p.size() == 3, "a position has two or three numbers: " + p);
        double lon = p.get(0).getAsNumber().value().doubleValue();
        double lat = p.get(1).getAsNumber().value().doubleValue();
        assertTrue(lon >= -180 && lon <= 180, "longitude first, within range: " + p);
        assertTrue(lat >= -90 && lat <= 90, "latitude second, within range: " + p);
    }

    private static void ring(JsonArray r) {
        assertTrue(r.size() >= 4, "a linear ring has four or more positions");
        r.forEach(p -> position(p.getAsArray()));
        assertEquals(r.get(0).toString(), r.get(r.size() - 1).toString(), "a linear ring is closed");
    }
}
