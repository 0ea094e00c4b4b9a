package org.cmikg.server.reconcile;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * The published JSON Schemas of the Reconciliation API 0.2 ({@code src/test/resources/reconciliation/0.2},
 * copied unchanged with their licence), loaded from the classpath: their {@code $id}s and the Swagger
 * schema they refer to resolve to the copies, never to the network. They declare the undated
 * {@code http://json-schema.org/schema#}, read here as draft 7.
 */
final class ReconciliationSchemas {
    private static final String SPEC = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    private static final String DRAFT = "https://reconciliation-api.github.io/specs/draft/schemas/";
    private static final String COPY = "classpath:reconciliation/0.2/schemas/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getDraft7(), b -> b
            .dialectRegistry(new BasicDialectRegistry(id -> Dialects.getDraft7()))
            .schemaIdResolvers(r -> r
                    .mapPrefix(SPEC, COPY)
                    .mapPrefix(DRAFT, COPY)
                    .mapPrefix("http://swagger.io/v2/schema.json", COPY + "openapi.json")));

    private ReconciliationSchemas() {}

    /** The schema published as {@code NAME.json}, e.g. {@code manifest}. */
    static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(SPEC + name + ".json"));
    }

    /** The violations of {@code json} against schema {@code name}; empty when it conforms. */
    static List<Error> errors(String name, JsonNode json) {
        return schema(name).validate(json);
    }
}
