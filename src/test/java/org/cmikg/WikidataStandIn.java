package org.cmikg;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.cmikg.server.federation.FederationPolicy;

/**
 * A local stand-in for Wikidata's query service: a second embedded Fuseki, on localhost and a free port, over
 * a small Wikidata-shaped fixture ({@code src/test/resources/wikidata-standin/wikidata.ttl}), query only.
 * Tests put {@link #endpoint()} on the allow-list and {@link #retarget} example queries to it, so that no test
 * touches the network.
 */
public final class WikidataStandIn implements AutoCloseable {
    public static final Path FIXTURE = TestData.FIXTURES.resolve("wikidata-standin/wikidata.ttl");

    private final FusekiServer fuseki;

    private WikidataStandIn(FusekiServer fuseki) { this.fuseki = fuseki; }

    public static WikidataStandIn start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, FIXTURE.toString());
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true)
                .addDataset("/wikidata", dsg)
                .addEndpoint("/wikidata", "sparql", Operation.Query)
                .build().start();
        return new WikidataStandIn(fuseki);
    }

    /** The stand-in's SPARQL endpoint, {@code http://localhost:PORT/wikidata/sparql}. */
    public String endpoint() { return "http://localhost:" + fuseki.getHttpPort() + "/wikidata/sparql"; }

    /** The query text with Wikidata's endpoint replaced by the stand-in's. */
    public String retarget(String queryText) {
        return queryText.replace("<" + FederationPolicy.WIKIDATA + ">", "<" + endpoint() + ">");
    }

    @Override
    public void close() { fuseki.stop(); }
}
