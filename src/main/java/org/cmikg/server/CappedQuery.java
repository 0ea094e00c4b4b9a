package org.cmikg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.cmikg.server.federation.FederationPolicy;

/**
 * Fuseki's query operation with a cap on the number of solutions: a query without a LIMIT, or with a
 * larger one, is answered as if it had {@code LIMIT cap}. With the timeout, this bounds what one request
 * can cost a public endpoint. Whole-graph downloads belong to {@code /dumps/}. A query whose {@code SERVICE}
 * names an endpoint off the allow-list is refused (422) before anything runs or streams. A query naming a
 * {@code java:} IRI is refused (400): ARQ would load that Java class by name as a function.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long cap;
    private final FederationPolicy federation;

    CappedQuery(long cap, FederationPolicy federation) {
        this.cap = cap;
        this.federation = federation;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        federation.check(query);
        refuseJavaFunctions(query);
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= cap)) {
            return super.createQueryExec(action, query, dsg);
        }
        Query capped = query.cloneQuery();
        capped.setLimit(cap);
        return super.createQueryExec(action, capped, dsg);
    }

    /** {@code java:} IRIs reach a query written in full, through a prefix or through the base IRI. */
    private static void refuseJavaFunctions(Query query) {
        boolean java = query.getPrefixMapping().getNsPrefixMap().values().stream().anyMatch(CappedQuery::isJava)
                || (query.getBaseURI() != null && isJava(query.getBaseURI()))
                || query.serialize().contains("<java:");
        if (java) ServletOps.errorBadRequest("java: IRIs are not allowed in queries here (they name Java classes to load)");
    }

    private static boolean isJava(String iri) { return iri.regionMatches(true, 0, "java:", 0, 5); }
}
