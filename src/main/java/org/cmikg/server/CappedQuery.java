package org.cmikg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with a cap on the number of solutions: a query without a LIMIT, or with a
 * larger one, is answered as if it had {@code LIMIT cap}. With the timeout, this bounds what one request
 * can cost a public endpoint. Whole-graph downloads belong to {@code /dumps/}.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long cap;

    CappedQuery(long cap) { this.cap = cap; }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= cap)) {
            return super.createQueryExec(action, query, dsg);
        }
        Query capped = query.cloneQuery();
        capped.setLimit(cap);
        return super.createQueryExec(action, capped, dsg);
    }
}
