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
        List<Fact> incoming,
        List<Role> roles,
        List<Disputed> disputed,
        List<SourceRef> sources,
        String wikidata,
        String sparqlLink,
        String jsonLd) {

    /** A resource or a literal, with the link to follow (empty for literals and external terms). */
    public record Link(String text, String href) {}

    /** One property and its values, in the page's language. */
    public record Fact(String property, String propertyIri, List<Link> values) {}

    /** A role held by the entity, or held in it, over a span. */
    public record Role(Link agent, String role, Link in, String title, String start, String end) {}

    /** One of several values that sources give for a property, ranked. */
    public record Disputed(String property, String value, String asOf, String rank, String rankSlug, String reason,
            List<Link> sources) {}

    /** A cited source, as a reader would cite it. */
    public record SourceRef(String href, String title, String creator, String publisher, String date, String url) {}
}
