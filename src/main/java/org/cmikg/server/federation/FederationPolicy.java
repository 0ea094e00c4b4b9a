package org.cmikg.server.federation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which {@code SERVICE} endpoints a query may call, and how: federated queries, safely.
 * <pre>{@code
 * FederationPolicy policy = FederationPolicy.allowing(List.of(FederationPolicy.WIKIDATA));
 * policy.install(dataset.getContext());   // every query over this dataset now obeys it
 * }</pre>
 * Only endpoints on the allow-list are called (an empty list disables {@code SERVICE}); a variable endpoint
 * ({@code SERVICE ?x}) is refused. Before each call the host is resolved and refused if it is this machine or a
 * private network, unless the allow-listed URL itself names such a host ({@code localhost}, {@code 10.0.0.5}).
 * Calls go through an HTTP client that never follows a redirect (a redirect is refused: an allowed host must
 * not lead the server elsewhere), with connect and read timeouts, at most {@link #resultCap} rows per call, and
 * a User-Agent that follows the Wikimedia policy (https://meta.wikimedia.org/wiki/User-Agent_policy).
 * Refusals are {@link ServiceRefusedException}s (HTTP 422 from the server) and no request is sent.
 * <p>
 * Java caches a resolved address (30 s by default), so the address checked is the one the client connects to
 * unless a DNS answer changes within that window; SPARQL Update ({@code LOAD}) has no endpoint on this server.
 */
public final class FederationPolicy {
    /** Wikidata's query service, the default (and usually only) allowed endpoint. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    /** The User-Agent sent with every call: client name and version, contact, library. */
    public static final String USER_AGENT = "cmi-kg/" + version()
            + " (https://w3id.org/cmi-kg/; federated SPARQL from a cmi-kg server) Jena/5.6.0 Java/" + Runtime.version().feature();

    private final Map<Endpoint, String> allowed;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long resultCap;
    private final HttpClient client;

    private FederationPolicy(List<String> urls, Duration connectTimeout, Duration readTimeout, long resultCap) {
        this.allowed = new LinkedHashMap<>();
        for (String url : urls) allowed.put(Endpoint.parse(url), url);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.resultCap = resultCap;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    /** The given endpoints, 5 s to connect, 30 s to answer, 10,000 rows per call. */
    public static FederationPolicy allowing(List<String> urls) {
        return new FederationPolicy(urls, Duration.ofSeconds(5), Duration.ofSeconds(30), 10_000);
    }

    /** Wikidata's query service only: the default of the server and of the command line. */
    public static FederationPolicy wikidata() { return allowing(List.of(WIKIDATA)); }

    /** Whether the query has a {@code SERVICE} clause (it then depends on another endpoint and the network). */
    public static boolean callsService(Query query) {
        boolean[] found = {false};
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) { found[0] = true; }
        });
        return found[0];
    }

    /** No federated calls at all. */
    public static FederationPolicy none() { return allowing(List.of()); }

    /** The same allow-list with other limits. */
    public FederationPolicy withLimits(Duration connectTimeout, Duration readTimeout, long resultCap) {
        return new FederationPolicy(List.copyOf(allowed.values()), connectTimeout, readTimeout, resultCap);
    }

    public List<String> endpoints() { return List.copyOf(allowed.values()); }

    public Duration connectTimeout() { return connectTimeout; }

    public Duration readTimeout() { return readTimeout; }

    /** At most this many rows are read from one call; a call that answers more is refused. */
    public long resultCap() { return resultCap; }

    HttpClient client() { return client; }

    /**
     * Makes every query over the dataset with this context obey the policy: this policy's executor becomes the
     * only {@code SERVICE} executor (Jena's default one, which calls any URL, is not in the chain).
     */
    public void install(Context context) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new AllowListedService(this));
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
    }

    /**
     * Refuses a query before it runs if any {@code SERVICE} in it names an endpoint off the list (the same check
     * runs again before each call, which also covers patterns this walk does not reach, such as {@code EXISTS}).
     */
    public void check(Query query) {
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) { permitted(op.getService()); }
        });
    }

    /** The endpoint to call for a SERVICE node, or the reason it may not be called. */
    Endpoint permitted(Node service) {
        if (!service.isURI()) {
            throw new ServiceRefusedException("SERVICE " + service + ": the endpoint must be a fixed URL from this server's allow-list, "
                    + "not a variable");
        }
        String url = service.getURI();
        if (allowed.isEmpty()) {
            throw new ServiceRefusedException("SERVICE <" + url + "> refused: federated queries are disabled on this server "
                    + "(start it with --service-allow URL to allow an endpoint)");
        }
        Endpoint endpoint = Endpoint.parse(url);
        if (!allowed.containsKey(endpoint)) {
            throw new ServiceRefusedException("SERVICE <" + url + "> refused: not on this server's allow-list ("
                    + String.join(", ", allowed.values()) + "); its operator can add it with --service-allow URL");
        }
        if (!endpoint.namesLocalHost()) requirePublic(url, endpoint.host());
        return endpoint;
    }

    private static void requirePublic(String url, String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ServiceRefusedException("SERVICE <" + url + ">: the host " + host + " cannot be resolved");
        }
        List<InetAddress> local = List.of(addresses).stream().filter(a -> !PublicAddresses.isPublic(a)).toList();
        if (!local.isEmpty()) {
            throw new ServiceRefusedException("SERVICE <" + url + "> refused: " + host + " resolves to "
                    + local.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "))
                    + ", a loopback or private address; only a URL that names such a host itself can be allowed");
        }
    }

    private static String version() {
        return Objects.requireNonNullElse(FederationPolicy.class.getPackage().getImplementationVersion(), "dev");
    }
}
