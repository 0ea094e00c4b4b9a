package org.cmikg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.TestData;
import org.cmikg.load.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on disk: rebuilds are atomic, a failed one leaves the current build answering. */
class StoreTest {
    private static final Path GOOD = TestData.FIXTURES.resolve("golden/every-record-type/data");
    private static final Path BAD = TestData.FIXTURES.resolve("errors/bad-values/data");

    @TempDir Path tmp;

    @Test
    void aRebuildServesTheRecordsWithTheUnionAsDefaultGraph() {
        Store store = Store.at(tmp.resolve("store"));
        assertFalse(store.exists());
        BuildInfo info = TestData.buildStore(store, GOOD);
        assertTrue(store.exists());
        assertEquals(info, store.current().orElseThrow());
        assertEquals(1, count(store, "SELECT * { ?p a <https://w3id.org/cmi-kg/ontology#Person> }"));
        assertEquals(1, count(store, "SELECT * { GRAPH <https://w3id.org/cmi-kg/graph/people> { ?p ?q ?o . FILTER(?q = <http://xmlns.com/foaf/0.1/name>) } }"));
    }

    @Test
    void aFailedLoadLeavesThePreviousStoreAnswering() throws Exception {
        Store store = Store.at(tmp.resolve("store"));
        BuildInfo before = TestData.buildStore(store, GOOD);
        long quads = count(store, "SELECT * { GRAPH ?g { ?s ?p ?o } }");

        assertThrows(InvalidDataException.class, () -> TestData.buildStore(store, BAD));

        assertEquals(before, store.current().orElseThrow());
        assertEquals(quads, count(store, "SELECT * { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(1, builds(store), "the half-built directory is removed");
    }

    @Test
    void aProducerThatDiesMidwayLeavesThePreviousStoreAnswering() throws Exception {
        Store store = Store.at(tmp.resolve("store"));
        BuildInfo before = TestData.buildStore(store, GOOD);
        assertThrows(IllegalStateException.class, () -> store.rebuild("x", sink -> {
            sink.start();
            sink.triple(org.apache.jena.graph.Triple.create(
                    org.apache.jena.graph.NodeFactory.createURI("urn:x:a"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:x:b"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:x:c")));
            throw new IllegalStateException("interrupted");
        }, dsg -> { }));
        assertEquals(before, store.current().orElseThrow());
        assertEquals(0, count(store, "SELECT * { <urn:x:a> ?p ?o }"));
    }

    @Test
    void aCheckThatFailsKeepsTheNewBuildOut() {
        Store store = Store.at(tmp.resolve("store"));
        BuildInfo before = TestData.buildStore(store, GOOD);
        assertThrows(IllegalArgumentException.class, () -> store.rebuild("x", sink -> 0, dsg -> {
            throw new IllegalArgumentException("gate says no");
        }));
        assertEquals(before, store.current().orElseThrow());
    }

    @Test
    void rebuildingKeepsTheCurrentAndThePreviousBuildOnly() throws Exception {
        Store store = Store.at(tmp.resolve("store"));
        TestData.buildStore(store, GOOD);
        TestData.buildStore(store, GOOD);
        BuildInfo third = TestData.buildStore(store, GOOD);
        assertEquals(2, builds(store));
        assertEquals(third, store.current().orElseThrow());
    }

    @Test
    void aBuildThatIsOpenIsNeverDeletedByLaterLoads() throws Exception {
        Store store = Store.at(tmp.resolve("store"));
        BuildInfo served = TestData.buildStore(store, GOOD);
        DatasetGraph open = store.openCurrent();
        try {
            TestData.buildStore(store, GOOD);
            TestData.buildStore(store, GOOD);
            TestData.buildStore(store, GOOD);
            assertTrue(Files.isDirectory(store.dir().resolve("builds").resolve(served.name())), "the served build was deleted");
            assertEquals(3, builds(store), "the served build, the previous and the current one");
            long people = Txn.calculateRead(open, () -> open.getUnionGraph().find(null,
                    org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(
                            "https://w3id.org/cmi-kg/ontology#Person")).toList().size());
            assertEquals(1, people, "the open build still answers");
        } finally {
            Store.close(open);
        }
        TestData.buildStore(store, GOOD);
        assertEquals(2, builds(store), "once closed, the old build goes like any other");
    }

    @Test
    void openingAMissingStoreSaysHowToBuildOne() {
        StoreException e = assertThrows(StoreException.class, () -> Store.at(tmp.resolve("none")).openCurrent());
        assertTrue(e.getMessage().contains("cmi load --store"), e.getMessage());
    }

    private static long count(Store store, String select) {
        DatasetGraph dsg = store.openCurrent();
        try {
            return Txn.calculateRead(dsg, () -> {
                try (var qe = QueryExecutionFactory.create(select, DatasetFactory.wrap(dsg))) {
                    long n = 0;
                    var rs = qe.execSelect();
                    while (rs.hasNext()) { rs.next(); n++; }
                    return n;
                }
            });
        } finally {
            Store.close(dsg);
        }
    }

    private static long builds(Store store) throws Exception {
        try (Stream<Path> s = Files.list(store.dir().resolve("builds"))) {
            return s.count();
        }
    }
}
