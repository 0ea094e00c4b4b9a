package org.cmikg.server.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Data extension: which properties a type's entities have ({@link #propose}), and their values for
 * reconciled rows ({@link #extend}): country (as entities of the service), start and end (as written),
 * kind, and the Wikidata QID of a verified link.
 */
final class DataExtension {
    /** At most this many rows in one extension request. */
    static final int MAX_IDS = 1000;
    /** How many properties an extension can fetch. */
    static final int PROPERTIES = (int) java.util.Arrays.stream(ReconcileProperty.values()).filter(ReconcileProperty::extendable).count();

    private final NameIndex index;
    private final EntityFacts facts;
    private final Describer describer;

    DataExtension(NameIndex index, EntityFacts facts, Describer describer) {
        this.index = index;
        this.facts = facts;
        this.describer = describer;
    }

    /** The extendable properties, all of them for any type (an entity lacking a fact gets an empty cell). */
    Api.Proposal propose(String type, int limit, String lang) {
        List<Api.Ref> props = new ArrayList<>();
        for (ReconcileProperty p : ReconcileProperty.values()) {
            if (p.extendable() && props.size() < limit) props.add(new Api.Ref(p.id, p.label(lang)));
        }
        return new Api.Proposal(type == null ? "" : type, limit, props);
    }

    Api.Extension extend(List<String> ids, List<String> propertyIds, String lang) {
        if (ids.size() > MAX_IDS) throw new BadRequestException("extend.ids: at most " + MAX_IDS + " ids per request; send them in batches");
        List<ReconcileProperty> props = new ArrayList<>();
        List<Api.ColumnMeta> meta = new ArrayList<>();
        for (String pid : propertyIds) {
            ReconcileProperty p = ReconcileProperty.byId(pid).filter(ReconcileProperty::extendable)
                    .orElseThrow(() -> new BadRequestException("extend.properties: unknown property '" + pid
                            + "'; use country, start, end, kind or wikidata"));
            props.add(p);
            meta.add(new Api.ColumnMeta(p.id, p.label(lang), p == ReconcileProperty.COUNTRY
                    ? new Api.Ref("Country", facts.kind("Country").map(k -> k.label(lang)).orElse("Country")) : null));
        }
        Map<String, Map<String, List<Object>>> rows = new LinkedHashMap<>();
        for (String id : ids) {
            Map<String, List<Object>> row = new LinkedHashMap<>();
            String iri = EntityIds.toIri(id);
            EntityFacts.Facts f = facts.of(iri);
            NameIndex.Candidate entity = index.entity(iri).orElse(null);
            for (ReconcileProperty p : props) row.put(p.id, values(p, f, entity, lang));
            rows.put(id, row);
        }
        return new Api.Extension(meta, rows);
    }

    private List<Object> values(ReconcileProperty p, EntityFacts.Facts f, NameIndex.Candidate entity, String lang) {
        return switch (p) {
            case COUNTRY -> f.countries().stream().<Object>map(c -> new Api.Ref(EntityIds.toApi(c), describer.label(c, lang))).toList();
            case START -> f.start() == null ? List.of() : List.of(new Api.Str(f.start().written()));
            case END -> f.end() == null ? List.of() : List.of(new Api.Str(f.end().written()));
            case KIND -> entity == null || entity.types().isEmpty() ? List.of() : List.of(new Api.Str(describer.kindLabel(entity, lang)));
            case WIKIDATA -> f.qid() == null ? List.of() : List.of(new Api.Str(f.qid()));
            case DATE -> List.of();
        };
    }
}
