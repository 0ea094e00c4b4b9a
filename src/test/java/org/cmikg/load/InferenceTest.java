package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
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

/**
 * The closure lands in graph/inferred, so standard-vocabulary queries find every kind, with the start years derived
 * from the dates; it can be switched off.
 */
class InferenceTest {
    private static final Path DATA = TestData.FIXTURES.resolve("golden/every-record-type/data");
    private static final Node INFERRED = Iris.DEFAULT.inferredGraph();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node BRIGADE = Iris.DEFAULT.entity("organization", "example-brigade");
    private static final Node DEPLOYMENT = Iris.DEFAULT.entity("deployment", "example-deployment");
    private static final Node DEPLOYMENT_BY_DAY = Iris.DEFAULT.entity("deployment", "island-deployment");
    private static final Node MINISTRY = Iris.DEFAULT.entity("organization", "example-ministry");
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
    void everyStartGetsTheYearOfItsEarliestDayAsAnInteger() {
        DatasetGraph dsg = TestData.loadInMemory(DATA);
        assertEquals(List.of(year(2020)), startYears(dsg, DEPLOYMENT_BY_DAY), "a day: 2020-06-26");
        assertEquals(List.of(year(2005)), startYears(dsg, DEPLOYMENT), "a month: 2005-10");
        assertEquals(List.of(year(1960)), startYears(dsg, MINISTRY), "a year: 1960");
        assertEquals(List.of(year(2019)), startYears(dsg, Iris.DEFAULT.entity("event", "example-policy")), "uncertain: 2019?");
        assertEquals(List.of(), startYears(dsg, Iris.DEFAULT.entity("person", "ana-ejemplo")), "no start, no year");
    }

    private static Node year(int y) { return NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDinteger); }

    private static List<Node> startYears(DatasetGraph dsg, Node s) {
        List<Node> years = new ArrayList<>();
        dsg.find(Node.ANY, s, CMI.startYear, Node.ANY).forEachRemaining(q -> {
            assertEquals(INFERRED, q.getGraph(), "derived, so in graph/inferred");
            years.add(q.getObject());
        });
        return years;
    }

    @Test
    void inferenceCanBeSwitchedOff() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Loader.create(DATA, TestData.ONTOLOGY).withInference(false).load(StreamRDFLib.dataset(dsg));
        assertFalse(dsg.containsGraph(INFERRED));
        assertFalse(dsg.contains(Node.ANY, BRIGADE, TYPE, CMI.Organization));
        assertFalse(dsg.contains(Node.ANY, DEPLOYMENT, CMI.startYear, Node.ANY));
    }
}
