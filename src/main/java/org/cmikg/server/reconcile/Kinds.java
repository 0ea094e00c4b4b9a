package org.cmikg.server.reconcile;

import java.util.List;
import java.util.Set;

/**
 * Which kinds a query without a type looks in: the things a spreadsheet names (people, organizations,
 * countries, places, programmes, events, deployments), not the records that document them (sources,
 * claims, statements, roles, links), which a query reaches only by asking for their type.
 */
final class Kinds {
    private Kinds() {}

    /** The service's default types, in the order a user would pick them. */
    static final List<String> DEFAULT = List.of("Person", "Organization", "Country", "Place", "Programme", "Event", "Deployment");

    private static final Set<String> DOCUMENTING = Set.of("Source", "Claim", "Statement", "RoleAssignment", "EntityLink");

    /** True when an entity of these kinds (most specific first) may answer a query asking for {@code wanted} (empty: any default kind). */
    static boolean accepts(List<String> entityKinds, List<String> wanted) {
        if (wanted.isEmpty()) return entityKinds.stream().noneMatch(DOCUMENTING::contains);
        return wanted.stream().anyMatch(entityKinds::contains);
    }
}
