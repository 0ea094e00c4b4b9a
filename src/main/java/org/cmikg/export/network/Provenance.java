package org.cmikg.export.network;

import java.time.Instant;

/**
 * Where an export comes from: the release (or store build) of the data, the view or query that selected
 * it, and when it was made. Each format carries it where it can (a comment, a description, a JSON member).
 *
 * @param release   {@code 0.1.0} for a release, {@code build 20261204-...} for a store build that is not one
 * @param name      the view's name, or {@code query} for a user query
 * @param query     the SPARQL text that was run
 * @param generated when the export was made
 */
public record Provenance(String release, String name, String query, Instant generated) {

    /** One line for headers: what, from which release, when, under which licence. */
    public String line() {
        return "cmi-kg (Cuban Medical Internationalism Knowledge Graph) " + name + " export from release " + release
                + ", generated " + generated + "; data CC BY 4.0, https://w3id.org/cmi-kg/; every edge lists its sources.";
    }
}
