package org.cmikg.queries;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.cmikg.TestData;
import org.cmikg.WikidataStandIn;
import org.cmikg.server.federation.FederationPolicy;
import org.cmikg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The competency questions: every {@code queries/NAME.rq} runs against the bundled records in a real
 * store and must give exactly {@code queries/NAME.tsv} (in order when the query has ORDER BY). Federated
 * queries call a local Wikidata stand-in instead of Wikidata: it is the only endpoint on the allow-list.
 */
class ExampleQueriesTest {
    @TempDir static Path tmp;
    static DatasetGraph dsg;
    static WikidataStandIn wikidata;

    @BeforeAll
    static void buildStore() {
        Store store = Store.at(tmp.resolve("store"));
        TestData.buildStore(store, TestData.DATA);
        dsg = store.openCurrent();
        wikidata = WikidataStandIn.start();
        FederationPolicy.allowing(List.of(wikidata.endpoint())).install(dsg.getContext());
    }

    @AfterAll
    static void close() {
        wikidata.close();
        Store.close(dsg);
    }

    static Stream<Path> queries() throws IOException {
        return Files.list(TestData.QUERIES).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void givesItsExpectedResults(Path rq) throws IOException {
        Path expectedFile = Path.of(rq.toString().replaceAll("\\.rq$", ".tsv"));
        assertTrue(Files.exists(expectedFile), "no expected results beside " + rq);
        Query query = QueryFactory.create(wikidata.retarget(Files.readString(rq)));
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(expectedFile)) {
            expected = ResultSetMgr.read(in, ResultSetLang.RS_TSV).rewindable();
        }
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                ResultSetRewindable actual = ResultSet.adapt(exec.select()).rewindable();
                boolean same = query.isOrdered() ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                        : ResultSetCompare.equalsByTerm(expected, actual);
                if (!same) {
                    actual.reset();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ResultSetMgr.write(out, actual, ResultSetLang.RS_TSV);
                    fail(rq + " no longer gives " + expectedFile + "; it gives:\n" + out.toString(StandardCharsets.UTF_8));
                }
                assertTrue(actual.size() > 0, rq + " gives no rows: a competency question must be answered");
            }
        });
    }
}
