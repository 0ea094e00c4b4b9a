package org.cmikg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset description and the dumps agree with the store they describe. */
class CatalogTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String VOID = "http://rdfs.org/ns/void#";

    @TempDir static Path tmp;
    static RunningServer server;
    static DatasetGraph dsg;
    static String base;
    static long quads;

    @BeforeAll
    static void start() {
        server = RunningServer.start(tmp, TestData.FIXTURES.resolve("golden/every-record-type/data"),
                b -> b.build("test-build", "2026-11-27T00:00:00Z"));
        dsg = server.dsg();
        base = server.base();
        quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void voidNamesTheEndpointTheDumpsAndTheSize() throws Exception {
        for (String path : new String[] {"/void", "/.well-known/void"}) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(get(path, "text/turtle"))).lang(Lang.TURTLE).parse(g);
            Node ds = NodeFactory.createURI("https://w3id.org/cmi-kg/dataset");
            assertTrue(g.contains(ds, uri(VOID + "sparqlEndpoint"), uri(base + "/sparql")));
            assertTrue(g.contains(ds, uri(VOID + "dataDump"), uri(base + "/dumps/cmi-kg-test-build.nq.gz")));
            assertTrue(g.contains(ds, uri(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(quads),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
            assertTrue(g.contains(ds, uri("http://www.w3.org/2002/07/owl#versionInfo"), NodeFactory.createLiteralString("test-build")));
            assertTrue(g.contains(ds, uri("http://purl.org/dc/terms/license"), uri("https://creativecommons.org/licenses/by/4.0/")));
        }
    }

    @Test
    void theDumpsHoldTheWholeDataset() throws Exception {
        DatasetGraph nq = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(get("/dumps/cmi-kg.nq.gz", "*/*")))).lang(Lang.NQUADS).parse(nq);
        assertArrayEquals(get("/dumps/cmi-kg.nq.gz", "*/*"), get("/dumps/cmi-kg-test-build.nq.gz", "*/*"),
                "the file named with the build it holds is the same dump");
        assertEquals(quads, nq.stream().count());
        DatasetGraph trig = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(get("/dumps/cmi-kg.trig", "*/*"))).lang(Lang.TRIG).parse(trig);
        assertEquals(quads, trig.stream().count());
        DatasetGraph jsonld = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(get("/dumps/cmi-kg.jsonld", "*/*"))).lang(Lang.JSONLD).parse(jsonld);
        assertEquals(quads, jsonld.stream().count(), "JSON-LD holds every quad");
        Graph ttl = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(get("/dumps/cmi-kg.ttl", "*/*"))).lang(Lang.TURTLE).parse(ttl);
        long union = Txn.calculateRead(dsg, () -> (long) dsg.getUnionGraph().size());
        assertEquals(union, ttl.size());
    }

    @Test
    void theOntologyIsDocumentedFromTheStore() throws Exception {
        String html = new String(get("/ontology", "text/html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("<section class=\"term\" id=\"Person\">"), "an anchor per term");
        assertTrue(html.contains("cmi:Person <span class=\"muted\">Person · <span lang=\"es\">Persona</span></span>"), "English and Spanish labels");
        assertTrue(html.contains("superclass of</th><td>cmi:EmergencyDeployment, cmi:MedicalMission"), "hierarchy");
        assertTrue(html.contains("<tr><th>instances in the graph</th><td>1</td></tr>"), "counts");
        String es = new String(get("/ontology?lang=es", "text/html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(es.contains("<html lang=\"es\">") && es.contains("cmi:Person <span class=\"muted\">Persona · <span lang=\"en\">Person</span></span>"),
                "in Spanish, the Spanish label first and the English one marked");
        assertTrue(es.contains("<p>Ser humano nombrado en fuentes publicadas"), "the Spanish definition");
        assertTrue(es.contains("superclase de</th><td>cmi:EmergencyDeployment, cmi:MedicalMission"), "the table in Spanish");
        assertTrue(es.contains("<tr><th>nota de alcance</th><td>Tipo de registro person (people.csv)."), "the Spanish scope note");
        assertTrue(!es.contains("A human being named"), "no English definition on the Spanish page");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(get("/ontology", "text/turtle"))).lang(Lang.TURTLE).parse(g);
        assertTrue(g.contains(uri("https://w3id.org/cmi-kg/ontology#Person"), uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                uri("http://www.w3.org/2002/07/owl#Class")));
    }

    /** A second, independent parser (RDF4J Rio) reads the dumps as scholars' tools would. */
    @Test
    void anotherParserReadsTheDumps() throws Exception {
        assertEquals(quads, rioCount("/dumps/cmi-kg.nq.gz", org.eclipse.rdf4j.rio.RDFFormat.NQUADS, true));
        assertEquals(quads, rioCount("/dumps/cmi-kg.trig", org.eclipse.rdf4j.rio.RDFFormat.TRIG, false));
        long union = Txn.calculateRead(dsg, () -> (long) dsg.getUnionGraph().size());
        assertEquals(union, rioCount("/dumps/cmi-kg.ttl", org.eclipse.rdf4j.rio.RDFFormat.TURTLE, false));
    }

    private static long rioCount(String path, org.eclipse.rdf4j.rio.RDFFormat format, boolean gzip) throws Exception {
        java.io.InputStream in = new ByteArrayInputStream(get(path, "*/*"));
        if (gzip) in = new GZIPInputStream(in);
        org.eclipse.rdf4j.rio.RDFParser parser = org.eclipse.rdf4j.rio.Rio.createParser(format);
        java.util.Set<org.eclipse.rdf4j.model.Statement> statements = new java.util.HashSet<>();
        parser.setRDFHandler(new org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement st) { statements.add(st); }
        });
        parser.parse(in, "");
        return statements.size();
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static byte[] get(String path, String accept) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
