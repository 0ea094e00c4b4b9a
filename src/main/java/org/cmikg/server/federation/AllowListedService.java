package org.cmikg.server.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.Rename;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The only {@code SERVICE} executor of a cmi-kg dataset: checks the endpoint against the
 * {@link FederationPolicy}, then sends the inner pattern as a SELECT through the policy's HTTP client (no
 * redirects, timeouts, User-Agent) and reads at most the row cap. {@code SERVICE SILENT} turns a refusal or a
 * failure into "no extra bindings", as SPARQL says, but still sends nothing that the policy refuses.
 */
final class AllowListedService implements ServiceExecutor {
    private final FederationPolicy policy;

    AllowListedService(FederationPolicy policy) { this.policy = policy; }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt) {
        try {
            Endpoint endpoint = policy.permitted(opExecute.getService());
            List<Binding> rows = fetch(opExecute, opExecute.getService().getURI(), endpoint, execCxt);
            return new QueryIterCommonParent(QueryIterPlainWrapper.create(rows.iterator(), execCxt), binding, execCxt);
        } catch (RuntimeException e) {
            if (opExecute.getSilent()) return QueryIterSingleton.create(binding, execCxt);
            throw e;
        }
    }

    private List<Binding> fetch(OpService op, String url, Endpoint endpoint, ExecutionContext execCxt) {
        Op remote = Rename.reverseVarRename(op.getSubOp(), true);
        Query query = OpAsQuery.asQuery(remote);
        long cap = policy.resultCap();
        if (!query.hasLimit() || query.getLimit() > cap) query.setLimit(cap + 1);
        Map<Var, Var> localNames = localNames(op);
        AtomicBoolean cancelled = execCxt.getCancelSignal();
        try (QueryExecHTTP exec = QueryExecHTTP.newBuilder()
                .endpoint(url)
                .query(query)
                .httpClient(policy.client())
                .httpHeader(HttpNames.hUserAgent, FederationPolicy.USER_AGENT)
                .timeout(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .sendMode(QuerySendMode.asGetWithLimitBody)
                .build()) {
            RowSet rows = exec.select();
            List<Binding> read = new ArrayList<>();
            while (rows.hasNext()) {
                if (cancelled != null && cancelled.get()) {
                    exec.abort();
                    throw new QueryCancelledException();
                }
                if (read.size() == cap) {
                    throw new ServiceRefusedException("SERVICE <" + url + "> answered more than " + cap
                            + " rows, this server's cap per call; narrow the pattern inside SERVICE or add a LIMIT");
                }
                read.add(rename(rows.next(), localNames));
            }
            return read;
        } catch (HttpException e) {
            throw failed(url, e.getStatusCode(), e);
        } catch (QueryExceptionHTTP e) {
            throw failed(url, e.getStatusCode(), e);
        }
    }

    /** A redirect is refused (422); any other failure of the remote endpoint is a bad gateway (502), never relayed as is. */
    private static RuntimeException failed(String url, int status, RuntimeException e) {
        if (status >= 300 && status < 400) {
            return new ServiceRefusedException("SERVICE <" + url + "> answered " + status
                    + " (a redirect); this server does not follow redirects, so use the endpoint's final URL");
        }
        String what = status > 0 ? "answered " + status : "failed (" + e.getMessage() + ")";
        return new QueryExceptionHTTP(502, "SERVICE <" + url + "> " + what, e);
    }

    /**
     * ARQ renames variables hidden by scope ({@code ?/x}); the remote query uses the written names, so answers
     * are mapped back.
     */
    private static Map<Var, Var> localNames(OpService op) {
        Map<Var, Var> names = new HashMap<>();
        for (Var v : OpVars.visibleVars(op)) {
            String name = v.getName();
            names.put(Var.alloc(name.substring(name.lastIndexOf('/') + 1)), v);
        }
        return names;
    }

    private static Binding rename(Binding row, Map<Var, Var> localNames) {
        BindingBuilder b = Binding.builder();
        row.forEach((v, n) -> b.add(localNames.getOrDefault(v, v), n));
        return b.build();
    }
}
