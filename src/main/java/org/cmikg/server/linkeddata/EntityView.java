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
        String labelLang,
        String lang,
        String otherLang,
        List<Link> types,
        String description,
        String descriptionLang,
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

    /** A word of the page itself in the page's language (English or Spanish). */
    public String t(String key) { return org.cmikg.server.i18n.Words.t(key, lang); }

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

    /**
     * A resource or a literal, with the link to follow (empty for literals and external terms) and the language of its
     * text when that differs from the page's (null otherwise), for the {@code lang} attribute; a claim's title quotes
     * its text, and {@code quoteLang} is the language of that quote when it differs from the page's.
     */
    public record Link(String text, String href, String lang, String quoteLang) {
        public Link(String text, String href) { this(text, href, null, null); }

        public Link(String text, String href, String lang) { this(text, href, lang, null); }
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
    public record Role(Link agent, String role, Link in, String title, String start, String end, String span, List<Cite> sources,
            String titleLang) {}

    /** One of several values that sources give for a property, ranked. */
    public record Disputed(String property, String value, String asOf, String rank, String rankSlug, String reason,
            List<Link> sources, String reasonLang) {}

    /** A cited source, as a reader would cite it; {@code titleLang} marks a title in another language than the page's. */
    public record SourceRef(String href, String title, String creator, String publisher, String date, String url, String titleLang) {}
}
