package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cmikg.TestData;
import org.cmikg.model.Iris;
import org.cmikg.vocab.CMI;
import org.junit.jupiter.api.Test;

/** The closure lands in graph/inferred, so standard-vocabulary queries find every kind; it can be switched off. */
class InferenceTest {
    private static final Path DATA = TestData.FIXTURES.resolve("golden/every-record-type/data");
    private static final Node INFERRED = Iris.DEFAULT.inferredGraph();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node BRIGADE = Iris.DEFAULT.entity("organization", "example-brigade");
    private static final Node DEPLOYMENT = Iris.DEFAULT.entity("deployment", "example-deployment");
    private static final Node EXAMPLIA = Iris.DEFAULT.entity("country", "examplia");

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    @Test
    void superClassesAndSuperPropertiesAreMaterialised() {
        DatasetGraph dsg = TestData.loadInMemory(DATA);
        assertTrue(dsg.contains(INFERRED, BRIGADE, TYPE, CMI.Organization));
        assertTrue(dsg.contains(INFERRED, BRIGADE, TYPE, uri("http://schema.org/Organization")));
        assertTrue(dsg.contains(INFERRED, BRIGADE, TYPE, uri("http://www.w3.org/ns/prov#Agent")));
        assertTrue(dsg.contains(INFERRED, DEPLOYMENT, TYPE, CMI.Event));
        assertTrue(dsg.contains(INFERRED, DEPLOYMENT, CMI.country, EXAMPLIA), "hostCountry is a country");
        assertFalse(dsg.contains(INFERRED, DEPLOYMENT, TYPE, uri(CMI.NS + "EmergencyDeployment")),
                "the asserted type stays in its own graph; only superclasses are added");
    }

    @Test
    void inferenceCanBeSwitchedOff() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Loader.create(DATA, TestData.ONTOLOGY).withInference(false).load(StreamRDFLib.dataset(dsg));
        assertFalse(dsg.containsGraph(INFERRED));
        assertFalse(dsg.contains(Node.ANY, BRIGADE, TYPE, CMI.Organization));
    }
}
