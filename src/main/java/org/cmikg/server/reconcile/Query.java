package org.cmikg.server.reconcile;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One reconciliation query: the name, the types it must have (any of them), how many candidates to
 * return, and property constraints ({@code {"pid": "country", "v": "Venezuela"}}).
 */
record Query(String text, List<String> types, int limit, List<Constraint> constraints) {
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 50;

    /** A property constraint: the property and the values given (strings, or ids of reconciled entities). */
    record Constraint(ReconcileProperty property, List<String> values) {}

    /** A query given as a plain name ({@code ?query=Che Guevara}). */
    static Query of(String text) { return new Query(text, List.of(), DEFAULT_LIMIT, List.of()); }

    /** Reads a query object; {@code where} names it in error messages ({@code queries.q3}). */
    static Query parse(JsonNode q, String where) {
        if (!q.isObject()) throw new BadRequestException(where + " must be a JSON object such as {\"query\": \"Che Guevara\"}");
        String text = q.path("query").asText("");
        List<String> types = new ArrayList<>();
        JsonNode type = q.path("type");
        if (type.isTextual()) types.add(type.asText());
        else if (type.isArray()) type.forEach(t -> types.add(t.asText()));
        int limit = q.has("limit") ? q.get("limit").asInt(DEFAULT_LIMIT) : DEFAULT_LIMIT;
        if (limit < 1 || limit > MAX_LIMIT) throw new BadRequestException(where + ".limit must be between 1 and " + MAX_LIMIT);
        List<Constraint> constraints = new ArrayList<>();
        for (JsonNode c : q.path("properties")) {
            String pid = c.path("pid").asText("");
            ReconcileProperty p = ReconcileProperty.byId(pid).orElseThrow(() -> new BadRequestException(
                    where + ".properties: unknown property '" + pid + "'; use country, start, end, date, kind or wikidata"));
            List<String> values = new ArrayList<>();
            JsonNode v = c.path("v");
            for (JsonNode one : v.isArray() ? v : List.of(v)) values.add(one.isObject() ? one.path("id").asText("") : one.asText(""));
            constraints.add(new Constraint(p, values));
        }
        if (text.isBlank() && constraints.isEmpty())
            throw new BadRequestException(where + " has no \"query\" string; give the name to reconcile");
        return new Query(text, List.copyOf(types), limit, List.copyOf(constraints));
    }
}
