package org.cmikg.server.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.cmikg.WikidataStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code SERVICE} through the real server: the Wikidata stand-in on the allow-list is reached; a host off the
 * list, this machine, a variable endpoint, a redirect and {@code LOAD} are refused with a 4xx and a message,
 * and no request reaches the host they name (a counting "trap" server would see it).
 */
class FederationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String POPULATION = "PREFIX wd: <http://www.wikidata.org/entity/> "
            + "PREFIX wdt: <http://www.wikidata.org/prop/direct/> SELECT ?population WHERE { SERVICE <%s> { wd:Q1044 wdt:P1082 ?population } }";

    @TempDir static Path tmp;
    static WikidataStandIn wikidata;
    static HttpServer trap;
    static HttpServer redirector;
    static final List<String> trapped = new CopyOnWriteArrayList<>();
    static final List<String> redirectorAgents = new CopyOnWriteArrayList<>();
    static RunningServer server;

    @BeforeAll
    static void start() throws IOException {
        wikidata = WikidataStandIn.start();
        trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        trap.createContext("/", ex -> {
            trapped.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        trap.start();
        redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirector.createContext("/", ex -> {
            redirectorAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            ex.getResponseHeaders().add("Location", trapUrl() + "?" + ex.getRequestURI().getRawQuery());
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        redirector.start();
        server = RunningServer.start(tmp, TestData.FIXTURES.resolve("golden/every-record-type/data"),
                b -> b.federation(FederationPolicy.allowing(List.of(wikidata.endpoint(), redirectorUrl()))));
    }

    @AfterAll
    static void stop() {
        server.close();
        redirector.stop(0);
        trap.stop(0);
        wikidata.close();
    }

    @BeforeEach
    void clear() { trapped.clear(); }

    static String trapUrl() { return "http://127.0.0.1:" + trap.getAddress().getPort() + "/sparql"; }

    static String redirectorUrl() { return "http://localhost:" + redirector.getAddress().getPort() + "/sparql"; }

    @Test
    void theStandInOnTheAllowListIsReached() throws Exception {
        HttpResponse<String> r = sparql(POPULATION.formatted(wikidata.endpoint()));
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals("7092113", rs.next().getLiteral("population").getLexicalForm());
    }

    @Test
    void aHostOffTheListIsRefused() throws Exception {
        assertRefused(POPULATION.formatted("https://example.org/sparql"), "not on this server's allow-list");
    }

    @Test
    void thisMachineOffTheListIsRefusedAndNeverCalled() throws Exception {
        assertRefused(POPULATION.formatted(trapUrl()), "not on this server's allow-list");
        assertRefused(POPULATION.formatted(server.base() + "/sparql"), "not on this server's allow-list");
        assertEquals(List.of(), trapped);
    }

    @Test
    void aRedirectFromAnAllowedEndpointIsNotFollowed() throws Exception {
        assertRefused(POPULATION.formatted(redirectorUrl()), "redirect");
        assertEquals(List.of(), trapped, "the redirect's target was called");
    }

    @Test
    void callsIdentifyThemselvesAsTheWikimediaPolicyAsks() throws Exception {
        redirectorAgents.clear();
        sparql(POPULATION.formatted(redirectorUrl()));
        assertEquals(1, redirectorAgents.size(), "one call, no retry through the redirect");
        String agent = redirectorAgents.get(0);
        assertTrue(agent.matches("cmi-kg/\\S+ \\(https://w3id\\.org/cmi-kg/;.*\\) Jena/\\S+.*"), agent);
    }

    @Test
    void aVariableEndpointIsRefused() throws Exception {
        assertRefused("SELECT * { BIND(<" + trapUrl() + "> AS ?e) SERVICE ?e { ?s ?p ?o } }", "not a variable");
        assertEquals(List.of(), trapped);
    }

    @Test
    void serviceSilentToAHostOffTheListIsRefusedToo() throws Exception {
        assertRefused("SELECT * { SERVICE SILENT <" + trapUrl() + "> { ?s ?p ?o } }", "not on this server's allow-list");
        assertEquals(List.of(), trapped);
    }

    @Test
    void loadIsRefused() throws Exception {
        String load = "LOAD <" + trapUrl() + ">";
        for (String path : List.of("/sparql", "/update", "/data")) {
            // A fresh client per request: the server may close a connection after refusing a body it did not
            // read, and a pooled connection reused in that instant answers "no bytes" instead of the refusal.
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(load)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " answered " + r.statusCode());
        }
        assertEquals(List.of(), trapped);
    }

    @Test
    void anEmptyListDisablesService() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        FederationPolicy.none().install(dsg.getContext());
        assertThrowsRefused(() -> QueryExec.dataset(dsg).query(POPULATION.formatted(wikidata.endpoint())).select().materialize(),
                "federated queries are disabled");
    }

    @Test
    void aCallThatAnswersMoreThanTheCapIsRefused() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        FederationPolicy.allowing(List.of(wikidata.endpoint()))
                .withLimits(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(5), 2)
                .install(dsg.getContext());
        String all = "SELECT * { SERVICE <" + wikidata.endpoint() + "> { ?s ?p ?o } }";
        assertThrowsRefused(() -> QueryExec.dataset(dsg).query(all).select().materialize(), "more than 2 rows");
        String two = "SELECT * { SERVICE <" + wikidata.endpoint() + "> { SELECT * { ?s ?p ?o } LIMIT 2 } }";
        assertEquals(2, QueryExec.dataset(dsg).query(two).select().materialize().rewindable().size());
    }

    @Test
    void anAllowedNameThatResolvesToThisMachineIsRefused() throws Exception {
        String host = InetAddress.getLocalHost().getHostName();
        Assumptions.assumeFalse(host.equals("localhost"), "the machine has no name of its own");
        Assumptions.assumeFalse(PublicAddresses.isPublic(InetAddress.getByName(host)), host + " has a public address");
        String url = "http://" + host + ":" + trap.getAddress().getPort() + "/sparql";
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        FederationPolicy.allowing(List.of(url)).install(dsg.getContext());
        assertThrowsRefused(() -> QueryExec.dataset(dsg).query(POPULATION.formatted(url)).select().materialize(),
                "a loopback or private address");
        assertEquals(List.of(), trapped);
    }

    private static void assertThrowsRefused(Executable run, String because) {
        ServiceRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(ServiceRefusedException.class, run);
        assertTrue(e.getMessage().contains(because), e.getMessage());
    }

    private static void assertRefused(String query, String because) throws Exception {
        HttpResponse<String> r = sparql(query);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains(because), r.body());
    }

    private static HttpResponse<String> sparql(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
