package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.cmikg.TestData;
import org.cmikg.model.Iris;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pairs: each folder of {@code src/test/resources/golden/} holds {@code data/*.csv} and the
 * {@code expected.trig} they must become (the ontology graph left aside), compared as datasets.
 */
class GoldenLoadTest {

    static Stream<Path> cases() throws IOException {
        return Files.list(TestData.FIXTURES.resolve("golden")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recordsBecomeTheExpectedGraphs(Path dir) {
        DatasetGraph actual = TestData.loadInMemory(dir.resolve("data"));
        actual.removeGraph(Iris.DEFAULT.ontologyGraph());
        actual.removeGraph(Iris.DEFAULT.inferredGraph());
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(dir.resolve("expected.trig").toString());
        if (!IsoMatcher.isomorphic(expected, actual)) {
            StringWriter w = new StringWriter();
            RDFDataMgr.write(w, actual, Lang.TRIG);
            fail("loaded graphs differ from " + dir.resolve("expected.trig") + "; actual:\n" + w);
        }
        assertTrue(actual.size() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputIsDeterministic(Path dir) {
        DatasetGraph a = TestData.loadInMemory(dir.resolve("data"));
        DatasetGraph b = TestData.loadInMemory(dir.resolve("data"));
        StringWriter wa = new StringWriter();
        StringWriter wb = new StringWriter();
        RDFDataMgr.write(wa, a, Lang.NQUADS);
        RDFDataMgr.write(wb, b, Lang.NQUADS);
        if (!wa.toString().equals(wb.toString())) fail("two loads of " + dir + " wrote different quads");
    }
}
