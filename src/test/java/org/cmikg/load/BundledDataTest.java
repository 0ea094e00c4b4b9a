package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cmikg.TestData;
import org.cmikg.records.RecordType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The records shipped in {@code data/}: valid, every type present, and conforming to the data shapes. */
class BundledDataTest {
    static DatasetGraph dsg;
    static LoadReport report;

    @BeforeAll
    static void load() {
        report = Loader.create(TestData.DATA, TestData.ONTOLOGY).validate();
        dsg = TestData.loadInMemory(TestData.DATA);
    }

    @Test
    void everyRecordTypeIsExercised() {
        for (RecordType t : RecordType.values()) {
            assertTrue(report.rows().getOrDefault(t, 0L) > 0, "data/" + t.fileName() + " has no records");
        }
    }

    @Test
    void theLoadedGraphConformsToTheDataShapes() {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        ValidationReport shacl = ShaclValidator.get().validate(RDFDataMgr.loadGraph(TestData.DATA_SHAPES.toString()), union);
        if (!shacl.conforms()) {
            fail(shacl.getEntries().size() + " violations of ontology/shapes/data-shapes.ttl:\n" + shacl.getEntries().stream()
                    .limit(20).map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).collect(Collectors.joining("\n")));
        }
    }
}
