package org.cmikg.server.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cmikg.vocab.CMI;

/** The service manifest that a client reads first: names, identifier and schema spaces, and where each service is. */
final class Manifest {
    private Manifest() {}

    static final int PREVIEW_WIDTH = 400;
    static final int PREVIEW_HEIGHT = 160;

    /** @param service the service's own absolute URL, e.g. {@code http://localhost:3030/reconcile} */
    static Map<String, Object> of(String service, String site, EntityFacts facts, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "cmi-kg: Cuban Medical Internationalism Knowledge Graph");
        m.put("identifierSpace", EntityIds.IDENTIFIER_SPACE);
        m.put("schemaSpace", CMI.NS);
        m.put("documentation", site + "/");
        m.put("defaultTypes", Kinds.DEFAULT.stream()
                .map(t -> new Api.Ref(t, facts.kind(t).map(k -> k.label(lang)).orElse(t))).toList());
        m.put("view", Map.of("url", service + "/view?id={{id}}"));
        m.put("preview", Map.of("url", service + "/preview?id={{id}}", "width", PREVIEW_WIDTH, "height", PREVIEW_HEIGHT));
        m.put("suggest", Map.of(
                "entity", Map.of("service_url", service, "service_path", "/suggest/entity"),
                "type", Map.of("service_url", service, "service_path", "/suggest/type"),
                "property", Map.of("service_url", service, "service_path", "/suggest/property")));
        m.put("extend", Map.of(
                "propose_properties", Map.of("service_url", service, "service_path", "/properties"),
                "property_settings", List.of()));
        return m;
    }
}
