package org.cmikg.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cmikg.export.cite.Edition;
import org.cmikg.export.cite.References;
import org.cmikg.model.Iris;
import org.cmikg.model.Labels;
import org.cmikg.records.RecordType;
import org.cmikg.server.http.Responses;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;
import org.cmikg.vocab.Namespaces;

/**
 * Reads what the store says about one entity and shapes it for a page: asserted facts (not the inferred
 * closure), roles in time order, incoming links, competing values with their ranks, and the sources.
 * Works on the graph API over the dataset's named graphs; the caller holds the read transaction.
 */
final class EntityViewBuilder {
    private static final Node INFERRED = Iris.DEFAULT.inferredGraph();
    private static final Node PREFERRED = Iris.concept("rank", "preferred");
    /** Incoming links of one kind listed before "all N" links to the rest. */
    static final int INCOMING_CAP = 12;
    private static final String ENTITY_BASE = Namespaces.BASE + "id/";
    /** Properties shown elsewhere on the page, or bounds of a written date. */
    private static final Set<Node> NOT_FACTS = Set.of(RDF.type.asNode(), Ext.label, Ext.prefLabel, Ext.wasDerivedFrom,
            Ext.identifier, Ext.description, Ext.exactMatch, CMI.hasStatement, CMI.startEarliest, CMI.startLatest,
            CMI.endEarliest, CMI.endLatest, CMI.dateEarliest, CMI.dateLatest, CMI.asOfEarliest, CMI.asOfLatest,
            CMI.statusAsOfEarliest, CMI.statusAsOfLatest, CMI.birthDateEarliest, CMI.birthDateLatest, CMI.deathDateEarliest,
            CMI.deathDateLatest);
    /** Incoming properties of nodes about the entity that the page shows in their own sections. */
    private static final Set<Node> LINK_PROPERTIES = Set.of(CMI.statementSubject, CMI.linkSubject, CMI.candidateFor,
            CMI.searchedFor);
    private static final Set<String> LINKABLE_KINDS = RecordType.LINKABLE.stream().map(RecordType::kind)
            .collect(java.util.stream.Collectors.toSet());
    private static final List<String> SCHEMA_TYPES = List.of("Person", "Organization", "Country", "Place", "Event", "Claim",
            "CreativeWork");

    private final DatasetGraph dsg;
    private final Graph union;
    private final String lang;
    private final Edition edition;

    EntityViewBuilder(DatasetGraph dsg, String lang, Edition edition) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
        this.lang = lang;
        this.edition = edition;
    }

    /** True when some record describes {@code entity}. */
    boolean exists(Node entity) { return union.find(entity, Node.ANY, Node.ANY).hasNext(); }

    /** The RDF description served for the entity: its own triples, incoming links, and labels of its neighbours. */
    Graph description(Node entity) {
        Graph g = GraphFactory.createDefaultGraph();
        asserted(entity, null).forEach(g::add);
        asserted(null, entity).forEach(g::add);
        Set<Node> neighbours = new LinkedHashSet<>();
        g.find().forEach(t -> {
            neighbours.add(t.getSubject());
            if (t.getObject().isURI()) neighbours.add(t.getObject());
        });
        for (Node n : neighbours) {
            if (n.equals(entity)) continue;
            union.find(n, Ext.label, Node.ANY).forEach(g::add);
            if (union.contains(n, RDF.type.asNode(), CMI.Statement)) asserted(n, null).forEach(g::add);
        }
        return g;
    }

    EntityView build(Node entity, String localPath) { return build(entity, localPath, false); }

    /** The page of {@code entity}; {@code allIncoming} lists every incoming link instead of the first {@value #INCOMING_CAP} of each kind. */
    EntityView build(Node entity, String localPath, boolean allIncoming) {
        List<Triple> out = asserted(entity, null);
        List<Triple> in = asserted(null, entity);
        FactSources citing = new FactSources(entity);

        Map<Node, List<EntityView.Link>> facts = new LinkedHashMap<>();
        Map<Node, Set<Node>> factSources = new LinkedHashMap<>();
        List<EntityView.Link> types = new ArrayList<>();
        List<EntityView.SourceRef> sources = new ArrayList<>();
        for (Triple t : out) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(RDF.type.asNode())) types.add(link(o));
            else if (p.equals(Ext.wasDerivedFrom)) sources.add(source(o));
            else if (!NOT_FACTS.contains(p)) {
                facts.computeIfAbsent(p, k -> new ArrayList<>()).add(link(o));
                factSources.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(citing.of(p, o));
            }
        }
        publisherKind(entity).ifPresent(k -> facts.put(CMI.publisherKind, List.of(k)));
        sources.sort(Comparator.comparing(EntityView.SourceRef::date));

        List<EntityView.Role> roles = new ArrayList<>();
        Map<Node, List<Node>> incoming = new LinkedHashMap<>();
        for (Triple t : in) {
            Node s = t.getSubject();
            if (union.contains(s, RDF.type.asNode(), CMI.RoleAssignment)) roles.add(role(s));
            else if (!LINK_PROPERTIES.contains(t.getPredicate())) {
                incoming.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(s);
            }
        }
        roles.sort(Comparator.comparing(r -> r.start() == null ? "9999" : r.start()));

        List<EntityView.Incoming> incomingGroups = new ArrayList<>();
        incoming.forEach((p, subjects) -> {
            subjects.sort(Comparator.comparing((Node n) -> sortDate(n)).thenComparing(this::label));
            List<EntityView.Dated> shown = subjects.stream().limit(allIncoming ? Integer.MAX_VALUE : INCOMING_CAP)
                    .map(n -> new EntityView.Dated(link(n), dateOf(n))).toList();
            incomingGroups.add(new EntityView.Incoming(inverseLabel(p), p.getURI(), shown, subjects.size()));
        });
        incomingGroups.sort(Comparator.comparing(EntityView.Incoming::heading));

        List<EntityView.SourceRef> referenceFiles = new ArrayList<>();
        List<EntityView.SourceRef> documents = new ArrayList<>();
        for (EntityView.SourceRef r : sources) {
            Node n = org.apache.jena.graph.NodeFactory.createURI(ENTITY_BASE + r.href().substring("/id/".length()));
            (union.contains(n, RDF.type.asNode(), CMI.Dataset) ? referenceFiles : documents).add(r);
        }

        String label = label(entity);
        Node description = Labels.literalNode(union, entity, Ext.description, lang);
        EntityView.WikidataLink wikidata = wikidataLink(entity);
        return new EntityView(entity.getURI(), localPath, label, labelLanguage(entity), lang, "en".equals(lang) ? "es" : "en", types,
                description == null ? null : description.getLiteralLexicalForm(), Labels.otherLanguage(description, lang),
                facts.entrySet().stream().map(e -> new EntityView.Fact(label(e.getKey()), e.getKey().getURI(), e.getValue(),
                        cites(factSources.getOrDefault(e.getKey(), Set.of())))).toList(),
                incomingGroups, roles, disputed(entity), documents, referenceFiles, parts(entity), wikidata, isLinkable(entity),
                wikidata == null ? candidates(entity) : List.of(), wikidata == null ? noItemFound(entity) : null, sparqlLink(entity),
                jsonLd(entity, label, description == null ? null : description.getLiteralLexicalForm(), wikidata == null ? null : wikidata.item()),
                References.sentence(References.page(entity.getURI(), label, edition), edition),
                bibtex(References.page(entity.getURI(), label, edition)),
                union.contains(entity, RDF.type.asNode(), CMI.Source), ClaimArgument.of(this, union, entity));
    }

    /**
     * Which sources state one fact of the entity. A record file's row cites its sources for all its facts, so a
     * fact is sourced by the entity's sources in the named graph (record file) that holds the fact; where sources
     * rank competing values of the property, the preferred value's sources are the precise ones.
     */
    private final class FactSources {
        private final Map<Node, List<Node>> byGraph = new LinkedHashMap<>();
        private final Map<Node, List<Node>> preferred = new LinkedHashMap<>();
        private final Node entity;

        FactSources(Node entity) {
            this.entity = entity;
            dsg.find(Node.ANY, entity, Ext.wasDerivedFrom, Node.ANY)
                    .forEachRemaining(q -> byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.getObject()));
            union.find(Node.ANY, CMI.statementSubject, entity).forEach(t -> {
                Node st = t.getSubject();
                if (!union.contains(st, CMI.rank, PREFERRED)) return;
                object(st, CMI.statementProperty).ifPresent(p -> union.find(st, Ext.wasDerivedFrom, Node.ANY)
                        .forEach(x -> preferred.computeIfAbsent(p, k -> new ArrayList<>()).add(x.getObject())));
            });
        }

        List<Node> of(Node p, Node o) {
            if (preferred.containsKey(p)) return preferred.get(p);
            List<Node> found = new ArrayList<>();
            dsg.find(Node.ANY, entity, p, o).forEachRemaining(q -> found.addAll(byGraph.getOrDefault(q.getGraph(), List.of())));
            // A node of its own (a figure) written by another record file carries its own sources.
            if (found.isEmpty() && o.isURI()) union.find(o, Ext.wasDerivedFrom, Node.ANY).forEach(t -> found.add(t.getObject()));
            return found;
        }
    }

    /** Short citations ("Publisher (year)") of sources, oldest first, each linking to the source's page. */
    private List<EntityView.Cite> cites(java.util.Collection<Node> sources) {
        return sources.stream().map(this::cite)
                .sorted(Comparator.comparing(EntityView.Cite::year).thenComparing(EntityView.Cite::text)).toList();
    }

    private EntityView.Cite cite(Node source) {
        String who = literal(source, Ext.publisher).or(() -> literal(source, Ext.creator)).orElse(label(source));
        String date = literal(source, CMI.date).orElse("");
        String year = date.length() >= 4 ? date.substring(0, 4) : "";
        String text = year.isEmpty() ? who : who + " (" + FriendlyDate.of(year, lang) + ")";
        return new EntityView.Cite(text, literal(source, Ext.title).orElse(label(source)), kept(href(source)), year);
    }

    /** For a source published by an organization on record: that organization's kind of publisher. */
    private Optional<EntityView.Link> publisherKind(Node entity) {
        return object(entity, CMI.publishedBy).flatMap(org -> object(org, CMI.publisherKind)).map(k -> new EntityView.Link(label(k), null));
    }

    private static String bibtex(org.cmikg.export.cite.Reference page) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (var out = org.cmikg.export.cite.CitationFormat.BIBTEX.open(w)) {
            out.write(page);
        }
        return w.toString().strip();
    }

    /** How a property reads backwards, from its object: the ontology's inverse label, else "property of". */
    private String inverseLabel(Node p) {
        Optional<String> inverse = literal(p, CMI.inverseLabel);
        if (inverse.isPresent()) return inverse.get();
        return "es".equals(lang) ? label(p) + " de" : label(p) + " of";
    }

    /** When a linking record happened or began, as a reader says it; null when it has no date. */
    private String dateOf(Node n) {
        Optional<String> start = literal(n, CMI.start);
        Optional<String> end = literal(n, CMI.end);
        if (start.isPresent()) return end.isPresent() ? FriendlyDate.span(start.get(), end.get(), lang) : FriendlyDate.of(start.get(), lang);
        return literal(n, CMI.date).map(d -> FriendlyDate.of(d, lang)).orElse(null);
    }

    /**
     * For a deployment to several countries (West Africa, 2014): the deployments to one of its host countries that
     * the same event prompted and the same contingent carried out, the country brigades it is made of.
     */
    private List<EntityView.Dated> parts(Node entity) {
        if (!union.contains(entity, RDF.type.asNode(), CMI.Deployment)) return List.of();
        Set<Node> hosts = union.find(entity, CMI.hostCountry, Node.ANY).mapWith(Triple::getObject).toSet();
        Optional<Node> event = object(entity, CMI.promptedBy);
        if (hosts.size() < 2 || event.isEmpty()) return List.of();
        Optional<Node> contingent = object(entity, CMI.contingent);
        List<Node> parts = new ArrayList<>();
        union.find(Node.ANY, CMI.promptedBy, event.get()).forEach(t -> {
            Node d = t.getSubject();
            if (d.equals(entity) || !union.contains(d, RDF.type.asNode(), CMI.Deployment)) return;
            Set<Node> its = union.find(d, CMI.hostCountry, Node.ANY).mapWith(Triple::getObject).toSet();
            boolean sameContingent = contingent.isEmpty() || union.contains(d, CMI.contingent, contingent.get());
            if (its.size() == 1 && hosts.containsAll(its) && sameContingent) parts.add(d);
        });
        parts.sort(Comparator.comparing((Node n) -> sortDate(n)).thenComparing(this::label));
        return parts.stream().map(n -> new EntityView.Dated(link(n), dateOf(n))).toList();
    }

    /** The verified Wikidata link with its provenance, or null. */
    private EntityView.WikidataLink wikidataLink(Node entity) {
        var it = union.find(Node.ANY, CMI.linkSubject, entity);
        while (it.hasNext()) {
            Node link = it.next().getSubject();
            Optional<Node> item = object(link, CMI.linkTarget).filter(i -> i.isURI() && i.getURI().startsWith(Namespaces.WIKIDATA_ENTITY));
            if (item.isEmpty() || !union.contains(entity, Ext.exactMatch, item.get())) continue;
            List<String> evidence = new ArrayList<>();
            union.find(link, CMI.linkEvidence, Node.ANY).forEach(t -> { if (t.getObject().isURI()) evidence.add(t.getObject().getURI()); });
            evidence.sort(Comparator.naturalOrder());
            String iri = item.get().getURI();
            return new EntityView.WikidataLink(iri, qid(iri), object(link, CMI.linkMethod).map(this::label).orElse(""), evidence,
                    literal(link, CMI.linkReviewer).orElse(""), literal(link, CMI.linkDate).orElse(""),
                    literal(link, Ext.note).orElse(null));
        }
        return null;
    }

    /** The search that found no Wikidata item for the entity, or null. */
    private EntityView.NoItemFound noItemFound(Node entity) {
        var it = union.find(Node.ANY, CMI.searchedFor, entity);
        if (!it.hasNext()) return null;
        Node search = it.next().getSubject();
        return new EntityView.NoItemFound(literal(search, CMI.searchedIn).orElse(""), literal(search, CMI.searchReviewer).orElse(""),
                literal(search, CMI.searchDate).orElse(""), literal(search, Ext.note).orElse(null));
    }

    /** Unverified candidate items, most likely first. */
    private List<EntityView.Candidate> candidates(Node entity) {
        List<EntityView.Candidate> rows = new ArrayList<>();
        union.find(Node.ANY, CMI.candidateFor, entity).forEach(t -> {
            Node c = t.getSubject();
            object(c, CMI.candidateItem).filter(Node::isURI).ifPresent(item -> rows.add(new EntityView.Candidate(
                    item.getURI(), qid(item.getURI()), literal(c, CMI.candidateLabel).orElse(""),
                    literal(c, CMI.candidateDescription).orElse(null), literal(c, CMI.candidateScore).orElse(""),
                    literal(c, CMI.candidateMethod).orElse(""), literal(c, CMI.candidateFound).orElse(""))));
        });
        rows.sort(Comparator.comparing((EntityView.Candidate c) -> score(c.score())).reversed().thenComparing(EntityView.Candidate::qid));
        return rows;
    }

    private static double score(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String qid(String itemIri) { return itemIri.substring(itemIri.lastIndexOf('/') + 1); }

    /** Whether records of this entity's kind may have a Wikidata item (people, organizations, places, ...). */
    private static boolean isLinkable(Node entity) {
        String iri = entity.getURI();
        if (!iri.startsWith(ENTITY_BASE)) return false;
        String rest = iri.substring(ENTITY_BASE.length());
        int slash = rest.indexOf('/');
        return slash > 0 && LINKABLE_KINDS.contains(rest.substring(0, slash));
    }

    /** Asserted triples matching the pattern (null for any), from every named graph but the inferred one, without repeats. */
    private List<Triple> asserted(Node s, Node o) {
        Set<Triple> triples = new LinkedHashSet<>();
        var it = dsg.find(Node.ANY, s == null ? Node.ANY : s, Node.ANY, o == null ? Node.ANY : o);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(INFERRED)) triples.add(q.asTriple());
        }
        return new ArrayList<>(triples);
    }

    private EntityView.Role role(Node r) {
        return new EntityView.Role(
                object(r, CMI.agent).map(this::link).orElse(null),
                object(r, CMI.role).map(this::label).orElse(""),
                object(r, CMI.actedIn).map(this::link).orElse(null),
                literal(r, CMI.roleTitle).orElse(null),
                literal(r, CMI.start).orElse(null),
                literal(r, CMI.end).orElse(null),
                FriendlyDate.span(literal(r, CMI.start).orElse(null), literal(r, CMI.end).orElse(null), lang),
                cites(union.find(r, Ext.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).toList()),
                Labels.otherLanguage(Labels.literalNode(union, r, CMI.roleTitle, lang), lang));
    }

    private List<EntityView.Disputed> disputed(Node entity) {
        List<EntityView.Disputed> rows = new ArrayList<>();
        union.find(Node.ANY, CMI.statementSubject, entity).forEach(t -> {
            Node st = t.getSubject();
            List<EntityView.Link> srcs = new ArrayList<>();
            union.find(st, Ext.wasDerivedFrom, Node.ANY).forEach(x -> srcs.add(link(x.getObject())));
            Optional<Node> rank = object(st, CMI.rank);
            rows.add(new EntityView.Disputed(
                    object(st, CMI.statementProperty).map(this::label).orElse(""),
                    literal(st, CMI.value).orElse(""),
                    literal(st, CMI.asOf).orElse(null),
                    rank.map(this::label).orElse(""),
                    rank.map(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1)).orElse(""),
                    literal(st, CMI.rankReason).orElse(null),
                    srcs, Labels.otherLanguage(Labels.literalNode(union, st, CMI.rankReason, lang), lang)));
        });
        List<String> rankOrder = List.of("preferred", "normal", "deprecated");
        rows.sort(Comparator.comparing(EntityView.Disputed::property)
                .thenComparing(d -> rankOrder.indexOf(d.rankSlug())).thenComparing(EntityView.Disputed::asOf,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    EntityView.SourceRef source(Node s) {
        return new EntityView.SourceRef(kept(href(s)), literal(s, Ext.title).orElse(label(s)), literal(s, Ext.creator).orElse(null),
                literal(s, Ext.publisher).orElse(null), literal(s, CMI.date).orElse(""),
                object(s, Ext.url).map(Node::getURI).orElse(null),
                Labels.otherLanguage(Labels.literalNode(union, s, Ext.title, lang), lang));
    }

    private String sortDate(Node n) {
        return object(n, CMI.startEarliest).or(() -> object(n, CMI.dateEarliest)).map(Node::getLiteralLexicalForm).orElse("9999");
    }

    EntityView.Link link(Node n) {
        if (n.isLiteral()) {
            String text = n.getLiteralLexicalForm();
            if (Namespaces.EDTF_DATATYPE.equals(n.getLiteralDatatypeURI())) text = FriendlyDate.of(text, lang);
            // Text in the other language is marked as such, for readers, screen readers and translation tools.
            String tag = n.getLiteralLanguage();
            return new EntityView.Link(text, null, tag.isEmpty() || tag.equals(lang) ? null : tag);
        }
        if (n.isBlank()) return new EntityView.Link("_:" + n.getBlankNodeLabel(), null);
        String href = kept(href(n));
        // An outside address with no label (a source's url, its archived copy) is shown whole, not by its last segment.
        boolean labelled = union.find(n, Node.ANY, Node.ANY).hasNext();
        return new EntityView.Link(!labelled && !href.startsWith("/") ? n.getURI() : label(n), href, labelLanguage(n), quoteLanguage(n));
    }

    /**
     * The language of a resource's label when it differs from the page's (an English-only name on a Spanish page); a
     * source's untagged label is its title, in the source's language.
     */
    String labelLanguage(Node n) {
        Node label = Labels.labelNode(union, n, lang);
        if (label != null && label.getLiteralLanguage().isEmpty()) {
            return Labels.otherLanguage(Labels.literalNode(union, n, Ext.title, lang), lang);
        }
        return Labels.otherLanguage(label, lang);
    }

    /** For a claim, the language of the text its title quotes when that differs from the page's; null otherwise. */
    String quoteLanguage(Node n) {
        if (!union.contains(n, RDF.type.asNode(), CMI.Claim)) return null;
        return Labels.otherLanguage(Labels.literalNode(union, n, CMI.claimText, lang), lang);
    }

    /** A local link that keeps the page's language when it is not the default (English). */
    private String kept(String href) {
        return "es".equals(lang) && href.startsWith("/") ? href + "?lang=es" : href;
    }

    /** Local link for cmi-kg entities, the IRI itself for anything else. */
    static String href(Node n) {
        String iri = n.getURI();
        return iri.startsWith(ENTITY_BASE) ? "/id/" + iri.substring(ENTITY_BASE.length()) : iri;
    }

    /** The best label: in the page's language, then English, then untagged, then any, then the IRI's last segment. */
    String label(Node n) { return Labels.of(union, n, lang); }

    private Optional<Node> object(Node s, Node p) {
        var it = union.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /** A literal value, preferring the page's language. */
    private Optional<String> literal(Node s, Node p) { return Optional.ofNullable(Labels.literal(union, s, p, lang)); }

    private static String sparqlLink(Node entity) {
        String q = "SELECT ?property ?value ?graph WHERE {\n  GRAPH ?graph { <" + entity.getURI() + "> ?property ?value }\n}";
        return "/query?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** schema.org JSON-LD for search engines and citation tools; {@code <} is escaped so it cannot close the script. */
    private String jsonLd(Node entity, String label, String description, String wikidata) {
        JsonObject o = new JsonObject();
        o.put("@context", "https://schema.org");
        String type = SCHEMA_TYPES.stream()
                .filter(t -> union.contains(entity, RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(Namespaces.SCHEMA + t)))
                .findFirst().orElse("Thing");
        o.put("@type", type);
        o.put("@id", entity.getURI());
        o.put("name", label);
        o.put("url", entity.getURI());
        if (description != null) o.put("description", description);
        if (wikidata != null) o.put("sameAs", wikidata);
        literal(entity, Ext.identifier).ifPresent(id -> o.put("identifier", id));
        return Responses.scriptJson(o.toString());
    }
}
