package org.cmikg.server.reconcile;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of the Reconciliation API 0.2, as records that Jackson writes (absent members left out). */
final class Api {
    private Api() {}

    /** A type, or an entity given by id and name (a country in an extension row). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ref(String id, String name, String description) {
        Ref(String id, String name) { this(id, name, null); }
    }

    /** One matching feature of a candidate: the name's similarity (a number) or whether a constraint held. */
    record Feature(String id, Object value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Candidate(String id, String name, String description, double score, boolean match, List<Ref> type,
                     List<Feature> features) {}

    record Result(List<Candidate> result) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Suggestion(String id, String name, String description, List<Ref> notable) {}

    record Suggestions(List<?> result) {}

    record Proposal(String type, int limit, List<Ref> properties) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ColumnMeta(String id, String name, Ref type) {}

    record Extension(List<ColumnMeta> meta, Map<String, Map<String, List<Object>>> rows) {}

    /** A literal value in an extension row: {@code {"str": "1963-05-23"}}. */
    record Str(String str) {}

    record Error(String error) {}
}
