package org.cmikg.server.reconcile;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;


/**
 * The suggest services, for auto-completion in a client: entities, types and properties whose names
 * (English or Spanish) have words starting with each word typed, ignoring case and accents.
 */
final class Suggester {
    static final int LIMIT = 10;
    /** The index is asked for more than one page so that a cursor can page on. */
    private static final int MAX_SCAN = 500;

    private final NameIndex index;
    private final EntityFacts facts;
    private final Describer describer;

    Suggester(NameIndex index, EntityFacts facts, Describer describer) {
        this.index = index;
        this.facts = facts;
        this.describer = describer;
    }

    List<Api.Suggestion> entities(String prefix, String type, int cursor, String lang) {
        if (prefix == null || prefix.isBlank()) return List.of();
        List<String> wanted = type == null || type.isBlank() ? List.of() : List.of(type);
        return index.search(prefix, wanted.isEmpty() ? null : type, lang, MAX_SCAN).stream()
                .map(h -> index.entity(h.iri()).orElseThrow())
                .filter(c -> Kinds.accepts(c.types(), wanted))
                .skip(cursor).limit(LIMIT)
                .map(c -> new Api.Suggestion(EntityIds.toApi(c.iri()), c.label(lang), describer.description(c, lang),
                        describer.types(c, lang)))
                .toList();
    }

    /** Classes of the ontology that have instances. */
    List<Api.Ref> types(String prefix, int cursor, String lang) {
        return facts.kinds().values().stream()
                .filter(k -> k.instances() > 0)
                .filter(k -> startsWords(k.id() + " " + String.join(" ", k.labels().values()), prefix))
                .skip(cursor).limit(LIMIT)
                .map(k -> new Api.Ref(k.id(), k.label(lang), k.definition()))
                .toList();
    }

    List<Api.Ref> properties(String prefix, int cursor, String lang) {
        return Arrays.stream(ReconcileProperty.values())
                .filter(p -> startsWords(p.names(), prefix))
                .skip(cursor).limit(LIMIT)
                .map(p -> new Api.Ref(p.id, p.label(lang), p.description))
                .toList();
    }

    /** True when every word of {@code prefix} starts some word of {@code names} (accents and case ignored). */
    static boolean startsWords(String names, String prefix) {
        List<String> words = List.of(NameIndex.normalize(names).split(" "));
        return Stream.of(NameIndex.normalize(prefix == null ? "" : prefix).split(" "))
                .filter(w -> !w.isEmpty())
                .allMatch(w -> words.stream().anyMatch(v -> v.startsWith(w)));
    }
}
