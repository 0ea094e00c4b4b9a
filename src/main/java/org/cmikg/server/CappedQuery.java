package org.cmikg.server;

import java.util.Iterator;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;
import org.cmikg.server.federation.FederationPolicy;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Fuseki's query operation with limits that bound what one request can cost a public endpoint:
 * <ul>
 * <li>a query's text is checked before the parser sees it ({@link QueryText}: length and nesting);</li>
 * <li>a query without a LIMIT, or with a larger one, is answered as if it had {@code LIMIT cap}, and a
 * CONSTRUCT or DESCRIBE gives at most {@code cap} triples; whole-graph downloads belong to {@code /dumps/};</li>
 * <li>a SELECT's first {@value #BUFFERED_ROWS} rows are computed before the status is sent ({@link BufferedRows}),
 * so a timeout is a 503; when a longer result is stopped after streaming began, the connection is cut instead of
 * ending the response, and the client sees an incomplete transfer, never a valid-looking 200;</li>
 * <li>a query whose {@code SERVICE} names an endpoint off the allow-list is refused (422) before anything runs;
 * a query naming a {@code java:} IRI is refused (400): ARQ would load that Java class by name as a function.</li>
 * </ul>
 */
final class CappedQuery extends ParsedQueries {
    /** SELECT rows computed before the response starts: a result this small is never cut off by the timeout. */
    static final int BUFFERED_ROWS = 10_000;

    private final long cap;
    private final FederationPolicy federation;

    CappedQuery(long cap, FederationPolicy federation) {
        this.cap = cap;
        this.federation = federation;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null) QueryText.check(queryString);
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            QueryText.tooDeep();
        }
    }

    /** Checked and capped once per query text ({@link ParsedQueries}). */
    @Override
    protected Query prepare(Query query) {
        federation.check(query);
        refuseJavaFunctions(query);
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= cap)) return query;
        Query capped = query.cloneQuery();
        capped.setLimit(cap);
        return capped;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType()) return new QueryExecResult(new BufferedRows(exec.select(), BUFFERED_ROWS));
        if (query.isConstructType()) {
            refuseTableFormats(action);
            return new QueryExecResult(firstQuads(exec.constructQuads(), cap));
        }
        if (query.isDescribeType()) {
            refuseTableFormats(action);
            return new QueryExecResult(firstTriples(exec.describeTriples(), cap));
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        try {
            super.sendResults(action, result, prologue);
        } finally {
            if (result.isRowSet() && result.rowSet() instanceof BufferedRows rows && rows.cancelledWhileStreaming()) {
                // Fuseki has ended the cut-off body with a banner; the client must not read it as a whole answer.
                ServletContextRequest.getServletContextRequest(action.getRequest()).getServletChannel()
                        .abort(new IllegalStateException("query stopped by the timeout after results were sent"));
            }
        }
    }

    /** The first {@code cap} distinct quads of a CONSTRUCT, computed before anything is sent. */
    private static DatasetGraph firstQuads(Iterator<Quad> quads, long cap) {
        DatasetGraph out = DatasetGraphFactory.create();
        long n = 0;
        while (n < cap && quads.hasNext()) {
            Quad q = quads.next();
            if (!out.contains(q)) {
                out.add(q);
                n++;
            }
        }
        return out;
    }

    /** The first {@code cap} distinct triples of a DESCRIBE. */
    private static Graph firstTriples(Iterator<Triple> triples, long cap) {
        Graph out = GraphFactory.createDefaultGraph();
        while (out.size() < cap && triples.hasNext()) out.add(triples.next());
        return out;
    }

    /** {@code format=text/csv} names a result-table format, which has no writer for a graph: a client error. */
    private static void refuseTableFormats(HttpAction action) {
        for (String name : new String[] {"format", "output", "results"}) {
            String value = action.getRequestParameter(name);
            Lang lang = value == null ? null : RDFLanguages.contentTypeToLang(value);
            if (lang != null && !RDFWriterRegistry.contains(lang)) {
                ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "'" + value + "' cannot hold a graph; CONSTRUCT and DESCRIBE results come as "
                        + "text/turtle, application/n-triples, application/ld+json or application/rdf+xml");
            }
        }
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
