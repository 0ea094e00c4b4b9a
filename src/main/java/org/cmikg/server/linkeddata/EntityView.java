package org.cmikg.server.linkeddata;

import java.util.List;

/**
 * What an entity page shows, already resolved to labels in the reader's language. Built by
 * {@link EntityViewBuilder}; rendered by {@code src/main/jte/entity.jte}, which escapes every value.
 */
public record EntityView(
        String iri,
        String localPath,
        String label,
        String lang,
        String otherLang,
        List<Link> types,
        String description,
        List<Fact> facts,
        List<Incoming> incoming,
        List<Role> roles,
        List<Disputed> disputed,
        List<SourceRef> sources,
        List<SourceRef> referenceFiles,
        List<Dated> parts,
        WikidataLink wikidataLink,
        boolean linkable,
        List<Candidate> candidates,
        NoItemFound noItemFound,
        String sparqlLink,
        String jsonLd,
        String citation,
        String bibtex,
        boolean source,
        ClaimArgument argument) {

    private static final java.util.Map<String, String[]> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("facts", new String[] {"Facts", "Datos"}),
            java.util.Map.entry("roles", new String[] {"Roles over time", "Cargos en el tiempo"}),
            java.util.Map.entry("who", new String[] {"Who", "Quién"}),
            java.util.Map.entry("role", new String[] {"Role", "Cargo"}),
            java.util.Map.entry("in", new String[] {"In", "En"}),
            java.util.Map.entry("span", new String[] {"From – to", "Desde – hasta"}),
            java.util.Map.entry("disputed", new String[] {"Values that differ by source", "Valores que difieren según la fuente"}),
            java.util.Map.entry("property", new String[] {"Property", "Propiedad"}),
            java.util.Map.entry("value", new String[] {"Value", "Valor"}),
            java.util.Map.entry("asOf", new String[] {"As of", "Fecha de referencia"}),
            java.util.Map.entry("rank", new String[] {"Rank", "Rango"}),
            java.util.Map.entry("why", new String[] {"Why", "Motivo"}),
            java.util.Map.entry("sources", new String[] {"Sources", "Fuentes"}),
            java.util.Map.entry("incoming", new String[] {"Linked from", "Enlazado desde"}),
            java.util.Map.entry("sparql", new String[] {"Show the SPARQL", "Ver la consulta SPARQL"}),
            java.util.Map.entry("download", new String[] {"Download", "Descargar"}),
            java.util.Map.entry("linkedTo", new String[] {"Same as Wikidata item", "Igual al elemento de Wikidata"}),
            java.util.Map.entry("method", new String[] {"Checked", "Comprobado"}),
            java.util.Map.entry("evidence", new String[] {"Evidence", "Evidencia"}),
            java.util.Map.entry("reviewer", new String[] {"Reviewer", "Revisor"}),
            java.util.Map.entry("checkedOn", new String[] {"Checked on", "Fecha de comprobación"}),
            java.util.Map.entry("notes", new String[] {"Notes", "Notas"}),
            java.util.Map.entry("unlinked", new String[] {"Not linked to Wikidata: no item has been verified for this record.",
                    "Sin enlace a Wikidata: no se ha verificado ningún elemento para este registro."}),
            java.util.Map.entry("candidates", new String[] {"Candidate items, not verified:", "Elementos candidatos, sin verificar:"}),
            java.util.Map.entry("noItem", new String[] {"No Wikidata item was found for this record as of",
                    "No se encontró ningún elemento de Wikidata para este registro a fecha de"}),
            java.util.Map.entry("searched", new String[] {"Searched", "Se buscó en"}),
            java.util.Map.entry("item", new String[] {"Item", "Elemento"}),
            java.util.Map.entry("label", new String[] {"Label", "Etiqueta"}),
            java.util.Map.entry("score", new String[] {"Score", "Puntuación"}),
            java.util.Map.entry("foundBy", new String[] {"Found by", "Encontrado por"}),
            java.util.Map.entry("foundOn", new String[] {"Found on", "Encontrado el"}),
            java.util.Map.entry("map", new String[] {"Map of its deployments", "Mapa de sus despliegues"}),
            java.util.Map.entry("network", new String[] {"Its neighbourhood", "Su entorno"}),
            java.util.Map.entry("all", new String[] {"Show all", "Ver todos"}),
            java.util.Map.entry("parts", new String[] {"Its country deployments", "Sus despliegues por país"}),
            java.util.Map.entry("partsNote", new String[] {"Deployments to one of its host countries, prompted by the same event and carried out by the same contingent.",
                    "Despliegues a uno de sus países receptores, motivados por el mismo evento y realizados por el mismo contingente."}),
            java.util.Map.entry("referenceFiles", new String[] {"Reference lists", "Listas de referencia"}),
            java.util.Map.entry("argument", new String[] {"The claim and its dispute", "La afirmación y su disputa"}),
            java.util.Map.entry("thisClaim", new String[] {"This claim", "Esta afirmación"}),
            java.util.Map.entry("disputedBy", new String[] {"Disputed by", "Disputada por"}),
            java.util.Map.entry("itDisputes", new String[] {"It disputes", "Disputa a"}),
            java.util.Map.entry("undisputed", new String[] {"No claim in the graph disputes this one, and it disputes none.",
                    "Ninguna afirmación del grafo disputa esta, y esta no disputa ninguna."}),
            java.util.Map.entry("claimant", new String[] {"Claimant", "Autor"}),
            java.util.Map.entry("date", new String[] {"Date", "Fecha"}),
            java.util.Map.entry("stance", new String[] {"Stance", "Postura"}),
            java.util.Map.entry("about", new String[] {"About", "Sobre"}),
            java.util.Map.entry("allClaims", new String[] {"All attributed claims", "Todas las afirmaciones atribuidas"}),
            java.util.Map.entry("cite", new String[] {"Cite this", "Cómo citar"}),
            java.util.Map.entry("citeFiles", new String[] {"For a reference manager", "Para un gestor de referencias"}),
            java.util.Map.entry("asReference", new String[] {"This source as a reference", "Esta fuente como referencia"}));

    /** A word of the page itself in the page's language (English or Spanish). */
    public String t(String key) { return WORDS.get(key)["es".equals(lang) ? 1 : 0]; }

    /** The Wikidata item's IRI, or null when the record is not linked. */
    public String wikidata() { return wikidataLink == null ? null : wikidataLink.item(); }

    /** A verified link to a Wikidata item and how it was checked. */
    public record WikidataLink(String item, String qid, String method, List<String> evidence, String reviewer, String date,
            String notes) {}

    /** An unverified item that may be the same entity. */
    public record Candidate(String item, String qid, String label, String description, String score, String method,
            String found) {}

    /** A search for the record's Wikidata item that found none, as of a date. */
    public record NoItemFound(String searched, String reviewer, String date, String notes) {}

    /** A resource or a literal, with the link to follow (empty for literals and external terms). */
    public record Link(String text, String href, String lang) {
        public Link(String text, String href) { this(text, href, null); }
    }

    /** One property and its values, in the page's language. */
    public record Fact(String property, String propertyIri, List<Link> values, List<Cite> sources) {}

    /** Records that point to the entity by one property, under the property's inverse label, oldest first. */
    public record Incoming(String heading, String propertyIri, List<Dated> links, int total) {
        public boolean capped() { return links.size() < total; }
    }

    /** A link to a record and its date or span as a reader says it (null when it has none). */
    public record Dated(Link link, String date) {}

    /** A source as a fact row names it: "Publisher (year)", the full title on hover, linked to the source's page. */
    public record Cite(String text, String title, String href, String year) {}

    /** A role held by the entity, or held in it, over a span. */
    public record Role(Link agent, String role, Link in, String title, String start, String end, String span, List<Cite> sources) {}

    /** One of several values that sources give for a property, ranked. */
    public record Disputed(String property, String value, String asOf, String rank, String rankSlug, String reason,
            List<Link> sources) {}

    /** A cited source, as a reader would cite it. */
    public record SourceRef(String href, String title, String creator, String publisher, String date, String url) {}
}
