package org.cmikg.server;

import static java.lang.String.format;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Fuseki's query operation with the parsed queries kept by their text: a query asked again (a page's lookup with
 * another label is another text; an example query, a client polling, a benchmark are the same) is not parsed,
 * checked or rewritten again. What {@link #prepare} makes of a text is kept, at most {@value #MAX_TEXT_CHARS} characters
 * of query text in all (Caffeine, least recently and frequently used out first); a text that fails to parse or is
 * refused is not kept. The kept {@link Query} objects are shared by concurrent requests: they are complete
 * (result variables computed) before they are kept, and nothing on the query path changes a query.
 * <p>
 * The rest is Fuseki's {@code SPARQLQueryProcessor.execute}: the same transaction, dataset choice, errors and
 * counters, with the request log's text formatted only when that log is on.
 */
abstract class ParsedQueries extends SPARQL_QueryDataset {
    /** Query text kept, in characters (about twice as many bytes, plus the parsed form). */
    static final long MAX_TEXT_CHARS = 4L << 20;

    /** A query as parsed and as it runs, with its one-line form for the log. */
    record Prepared(Query parsed, Query toRun, String forLog) {}

    private final Cache<String, Prepared> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_TEXT_CHARS).weigher((String text, Prepared p) -> text.length()).build();

    /**
     * What runs for a parsed query: the query itself or a rewrite of it; may refuse it with a {@link ServletOps}
     * error or a {@link QueryDeniedException}. Called once per distinct text, so it must depend on the text alone.
     */
    protected abstract Query prepare(Query parsed);

    /** How many distinct query texts are kept (for tests). */
    long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    private Prepared parse(String text) {
        return kept.get(text, t -> {
            Query query = QueryFactory.create(t, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            Query toRun = prepare(query);
            query.ensureResultVars();
            toRun.ensureResultVars();
            IndentedLineBuffer log = new IndentedLineBuffer();
            log.setFlatMode(true);
            query.serialize(log);
            return new Prepared(query, toRun, log.asString());
        });
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isBlank()) ServletOps.errorBadRequest("Error: " + (queryString.isEmpty() ? "Empty" : "Blank") + " query string");
        if (action.log.isInfoEnabled()) {
            action.log.info(format("[%d] Query = %s", action.id, ServletOps.formatForLog(queryString)));
        }
        Prepared prepared = null;
        try {
            prepared = parse(queryString);
        } catch (ActionErrorException | QueryDeniedException ex) {
            throw ex;
        } catch (QueryParseException ex) {
            String msg = SPARQLProtocol.messageForParseException(ex);
            action.log.warn(format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException ex) {
            String msg = SPARQLProtocol.messageForException(ex);
            action.log.warn(format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }
        Query query = prepared.parsed();
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, prepared.toRun(), prepared.forLog());
            Query q = p.getRight() == null ? prepared.toRun() : p.getRight();
            try (QueryExec exec = createQueryExec(action, q, p.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, prepared.forLog());
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException ex) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + SPARQLProtocol.messageForException(ex));
        } catch (QueryCancelledException ex) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw ex;
        } finally {
            action.endRead();
        }
    }
}
