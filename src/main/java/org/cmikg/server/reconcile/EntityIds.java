package org.cmikg.server.reconcile;

import org.cmikg.vocab.Namespaces;

/**
 * Entity identifiers of the reconciliation API: the entity's IRI relative to the service's identifier
 * space {@value #IDENTIFIER_SPACE}, so {@code person/che-guevara} stands for
 * {@code https://w3id.org/cmi-kg/id/person/che-guevara} (as {@code Q42} stands for a Wikidata entity).
 */
public final class EntityIds {
    private EntityIds() {}

    public static final String IDENTIFIER_SPACE = Namespaces.BASE + "id/";

    public static String toApi(String iri) {
        return iri.startsWith(IDENTIFIER_SPACE) ? iri.substring(IDENTIFIER_SPACE.length()) : iri;
    }

    /** Accepts the short form or the full IRI. */
    public static String toIri(String id) {
        return id.startsWith(IDENTIFIER_SPACE) ? id : IDENTIFIER_SPACE + id;
    }
}
