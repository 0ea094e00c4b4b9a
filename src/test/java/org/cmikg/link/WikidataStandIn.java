package org.cmikg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cmikg.vocab.Namespaces;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A local stand-in for Wikidata, for tests: a real embedded Fuseki serving a Wikidata-shaped Turtle
 * fixture at {@code /wd/sparql}, a small entity search at {@code /w/api.php} (prefix match on labels and
 * aliases of the asked language, accents and case folded, like {@code wbsearchentities}), a route that
 * always answers 500 ({@code /broken/...}), and switches that make the next requests answer 429 or 503.
 */
public final class WikidataStandIn implements AutoCloseable {
    private static final Node DESCRIPTION = NodeFactory.createURI(Namespaces.SCHEMA + "description");

    private final FusekiServer server;
    private final AtomicInteger throttled = new AtomicInteger();
    private volatile int throttleStatus = 429;
    private final AtomicInteger answered429 = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> userAgents = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WikidataStandIn(Path fixture) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, fixture.toString());
        Graph g = dsg.getDefaultGraph();
        Filter throttle = (req, res, chain) -> {
            requests.incrementAndGet();
            userAgents.add(((HttpServletRequest) req).getHeader("User-Agent"));
            if (throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                HttpServletResponse r = (HttpServletResponse) res;
                r.setStatus(throttleStatus);
                if (throttleStatus == 429) {
                    answered429.incrementAndGet();
                    r.setHeader("Retry-After", "1");
                }
                r.getWriter().write(throttleStatus == 429 ? "Too many requests" : "Service unavailable");
                return;
            }
            chain.doFilter(req, res);
        };
        server = FusekiServer.create().port(0).loopback(true)
                .add("/wd", dsg, false)
                .addFilter("/*", throttle)
                .addServlet("/w/api.php", new Search(g))
                .addServlet("/broken/*", new HttpServlet() {
                    private static final long serialVersionUID = 1L;
                    @Override
                    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.sendError(500, "Internal Server Error");
                    }
                })
                .build().start();
    }

    public String base() { return "http://localhost:" + server.getHttpPort(); }

    public String sparql() { return base() + "/wd/sparql"; }

    public String search() { return base() + "/w/api.php"; }

    /** The next {@code n} requests answer 429 with Retry-After: 1. */
    public void throttleNext(int n) {
        throttleStatus = 429;
        throttled.set(n);
    }

    /** The next {@code n} requests answer 503, without Retry-After. */
    public void unavailableNext(int n) {
        throttleStatus = 503;
        throttled.set(n);
    }

    public int answered429() { return answered429.get(); }

    public int requests() { return requests.get(); }

    public List<String> userAgents() { return userAgents; }

    @Override
    public void close() { server.stop(); }

    /** {@code action=wbsearchentities}: items whose label or alias in {@code language} starts with {@code search}. */
    private static final class Search extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Graph g;

        Search(Graph g) { this.g = g; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            JsonObject answer = new JsonObject();
            if (!"wbsearchentities".equals(req.getParameter("action"))) {
                JsonObject error = new JsonObject();
                error.put("code", "badvalue");
                answer.put("error", error);
            } else {
                String language = req.getParameter("language");
                String q = fold(req.getParameter("search"));
                int limit = Integer.parseInt(req.getParameter("limit"));
                Set<Node> items = new LinkedHashSet<>();
                for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
                    for (Triple t : g.find(Node.ANY, p, Node.ANY).toList()) {
                        Node o = t.getObject();
                        if (o.getLiteralLanguage().equals(language) && fold(o.getLiteralLexicalForm()).startsWith(q)) {
                            items.add(t.getSubject());
                        }
                    }
                }
                JsonArray hits = new JsonArray();
                List<Node> sorted = new ArrayList<>(items);
                sorted.sort((a, b) -> a.getURI().compareTo(b.getURI()));
                for (Node item : sorted.subList(0, Math.min(limit, sorted.size()))) {
                    JsonObject hit = new JsonObject();
                    hit.put("id", item.getURI().substring(Namespaces.WIKIDATA_ENTITY.length()));
                    hit.put("label", literal(item, RDFS.label.asNode(), language));
                    hit.put("description", literal(item, DESCRIPTION, language));
                    hits.add(hit);
                }
                answer.put("search", hits);
            }
            resp.setContentType("application/json");
            resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
            resp.getWriter().write(answer.toString());
        }

        private String literal(Node s, Node p, String language) {
            return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(o -> o.getLiteralLanguage().equals(language)).map(Node::getLiteralLexicalForm).findFirst().orElse("");
        }

        private static String fold(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
        }
    }
}
