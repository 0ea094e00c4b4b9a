package org.cmikg.server.reconcile;

import java.util.ArrayList;
import java.util.List;


/** The words that tell candidates apart: kind, countries, dates, and the record's own description. */
final class Describer {
    private final NameIndex index;
    private final EntityFacts facts;

    Describer(NameIndex index, EntityFacts facts) {
        this.index = index;
        this.facts = facts;
    }

    /** For example "Brigade · Cuba · 2005-09-19 – : Cuban contingent of health workers for disasters...". */
    String description(NameIndex.Candidate c, String lang) {
        EntityFacts.Facts f = facts.of(c.iri());
        List<String> parts = new ArrayList<>();
        parts.add(kindLabel(c, lang));
        if (!f.countries().isEmpty()) parts.add(String.join(", ", f.countries().stream().map(k -> label(k, lang)).toList()));
        if (f.start() != null || f.end() != null)
            parts.add((f.start() == null ? "" : f.start().written()) + " – " + (f.end() == null ? "" : f.end().written()));
        String head = String.join(" · ", parts);
        return f.description() == null ? head : head + ": " + f.description();
    }

    /** The entity's kinds, most specific first, as API types. */
    List<Api.Ref> types(NameIndex.Candidate c, String lang) {
        return c.types().stream().map(t -> new Api.Ref(t, facts.kind(t).map(k -> k.label(lang)).orElse(t))).toList();
    }

    /** The label of the most specific kind. */
    String kindLabel(NameIndex.Candidate c, String lang) {
        if (c.types().isEmpty()) return "";
        String t = c.types().get(0);
        return facts.kind(t).map(k -> k.label(lang)).orElse(t);
    }

    /** The label of any indexed entity, in {@code lang} when it has one. */
    String label(String iri, String lang) {
        return index.entity(iri).map(e -> e.label(lang)).orElse(EntityIds.toApi(iri));
    }
}
