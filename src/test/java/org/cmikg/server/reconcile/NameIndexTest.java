package org.cmikg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reconciliation service's candidates: entities sharing a word, or nearly a word, with the name to reconcile. */
class NameIndexTest {
    static NameIndex index;

    @BeforeAll
    static void build() {
        DatasetGraph dsg = TestData.loadInMemory(TestData.FIXTURES.resolve("golden/every-record-type/data"));
        index = NameIndex.build(dsg);
    }

    @Test
    void reconciliationCandidatesShareAWordOrAlmostOne() {
        List<String> loose = index.candidates("Ana Nobody", "Person", 10).stream().map(NameIndex.Candidate::iri).toList();
        assertEquals(List.of("https://w3id.org/cmi-kg/id/person/ana-ejemplo"), loose, "one shared word is enough");
        NameIndex.Candidate misspelt = index.candidates("ejenplo", "Person", 10).get(0);
        assertTrue(misspelt.names().contains("ana ejemplo"), "one edit away in a long word");
        assertTrue(index.candidates("ejenplo brigada", null, 10).get(0).sharedWords() == 2, "most shared words first");
        assertTrue(index.candidates("igad", null, 10).isEmpty(), "a short inner fragment does not match");
        assertEquals("Ana Ejemplo", index.entity("https://w3id.org/cmi-kg/id/person/ana-ejemplo").orElseThrow().label("es"));
    }
}
