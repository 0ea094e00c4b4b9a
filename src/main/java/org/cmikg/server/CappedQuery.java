package org.cmikg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.cmikg.server.federation.FederationPolicy;

/**
 * Fuseki's query operation with a cap on the number of solutions: a query without a LIMIT, or with a
 * larger one, is answered as if it had {@code LIMIT cap}. With the timeout, this bounds what one request
 * can cost a public endpoint. Whole-graph downloads belong to {@code /dumps/}. A query whose {@code SERVICE}
 * names an endpoint off the allow-list is refused (422) before anything runs or streams.
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
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= cap)) {
            return super.createQueryExec(action, query, dsg);
        }
        Query capped = query.cloneQuery();
        capped.setLimit(cap);
        return super.createQueryExec(action, capped, dsg);
    }
}
