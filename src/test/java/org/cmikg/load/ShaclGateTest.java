package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.cmikg.TestData;
import org.cmikg.vocab.CMI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SHACL gate, reading the class hierarchy from memory, refuses exactly what plain SHACL validation of the
 * store refuses: on records with violations that depend on the hierarchy (a target reached through a subclass,
 * a value whose class is a subclass), with the inferred types in the store and without them.
 */
class ShaclGateTest {
    private static final String ID = "https://w3id.org/cmi-kg/id/";

    @ParameterizedTest(name = "inference {0}")
    @ValueSource(booleans = {true, false})
    void theGateReportsWhatPlainValidationReports(boolean inference) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Loader loader = Loader.create(TestData.FIXTURES.resolve("golden/every-record-type/data"), TestData.ONTOLOGY)
                .withInference(inference);
        Txn.executeWrite(dsg, () -> {
            loader.load(StreamRDFLib.dataset(dsg));
            Node g = NodeFactory.createURI("urn:test:bad");
            dsg.add(g, iri("person/ana-ejemplo"), CMI.nationality, iri("organization/example-ministry"));
            dsg.add(g, iri("deployment/example-deployment"), CMI.sentBy, iri("country/examplia"));
            dsg.add(g, iri("deployment/unnamed"), RDF.type.asNode(), NodeFactory.createURI(CMI.NS + "EmergencyDeployment"));
        });
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(TestData.DATA_SHAPES.toString()));
        Set<String> gate = Txn.calculateRead(dsg, () -> entries(ShaclCheck.validate(shapes, dsg.getUnionGraph())));
        Set<String> plain = Txn.calculateRead(dsg, () -> entries(ShaclValidator.get().validate(shapes, dsg.getUnionGraph())));
        assertEquals(plain, gate);
        for (String expected : List.of(ID + "person/ana-ejemplo | <https://w3id.org/cmi-kg/ontology#nationality>",
                ID + "deployment/example-deployment | <https://w3id.org/cmi-kg/ontology#sentBy>",
                ID + "deployment/unnamed | ")) {
            assertTrue(gate.stream().anyMatch(e -> e.startsWith(expected)), expected + " not refused: " + gate);
        }
    }

    private static Node iri(String path) { return NodeFactory.createURI(ID + path); }

    private static Set<String> entries(ValidationReport report) {
        Set<String> s = new TreeSet<>();
        report.getEntries().forEach(e -> s.add(e.focusNode().getURI() + " | " + (e.resultPath() == null ? "" : e.resultPath())
                + " | " + e.message() + " | " + e.source()));
        return s;
    }
}
