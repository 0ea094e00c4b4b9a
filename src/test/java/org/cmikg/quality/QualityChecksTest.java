package org.cmikg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.cmikg.TestData;
import org.cmikg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-quality checks find each kind of breach, and find none in the bundled records. */
class QualityChecksTest {
    private static final Path QUALITY = TestData.QUERIES.resolve("quality");

    @TempDir Path tmp;

    @Test
    void eachCheckFindsItsBreachAndNothingElse() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, TestData.FIXTURES.resolve("quality/broken.trig").toString()));

        QualityReport report = QualityReport.run(QUALITY, dsg);

        assertFalse(report.passed());
        Map<String, List<String>> found = new TreeMap<>();
        for (QualityReport.Section s : report.checks()) {
            List<String> firstColumn = new ArrayList<>();
            s.rows().reset();
            String first = s.rows().getResultVars().get(0);
            s.rows().forEachRemaining(b -> firstColumn.add(b.get(first).toString()));
            found.put(s.file().getFileName().toString(), firstColumn);
        }
        assertEquals(Map.of(
                "dangling-references.rq", List.of("https://w3id.org/cmi-kg/id/event/meeting"),
                "duplicate-entities.rq", List.of("https://w3id.org/cmi-kg/id/organization/ministry-a"),
                "unsourced-records.rq", List.of("https://w3id.org/cmi-kg/id/person/unsourced")), found);
    }

    @Test
    void theBundledRecordsPassEveryCheck() {
        Store store = Store.at(tmp.resolve("store"));
        TestData.buildStore(store, TestData.DATA);
        DatasetGraph dsg = store.openCurrent();
        try {
            QualityReport report = QualityReport.run(QUALITY, dsg);
            assertTrue(report.passed(), report.toString());
            assertEquals(5, report.metrics().size());
            assertTrue(report.metrics().stream().allMatch(m -> m.size() > 0), report.toString());
        } finally {
            Store.close(dsg);
        }
    }
    @Test
    void theClaimMetricCountsClaimsByKindOfClaimantAndStance() {
        DatasetGraph dsg = TestData.loadInMemory(TestData.FIXTURES.resolve("golden/every-record-type/data"));
        QualityReport.Section claims = QualityReport.run(QUALITY, dsg).metrics().stream()
                .filter(m -> m.file().getFileName().toString().equals("claims-by-claimant-kind.rq")).findFirst().orElseThrow();
        Map<String, String> rows = new TreeMap<>();
        claims.rows().reset();
        claims.rows().forEachRemaining(b -> rows.put(b.get("claimantKind").asLiteral().getLexicalForm() + " / "
                + b.get("stance").asLiteral().getLexicalForm(), b.get("claims").asLiteral().getLexicalForm()));
        // the ministry's total is a government body's; Ana Ejemplo leads a deployment, which is no organization
        assertEquals(Map.of("Government body / supportive", "1",
                "Person (no role in an organization) / critical", "1"), rows);
    }

    @Test
    void theLinkMetricCountsLinkedUnlinkedAndCandidatesPerKind() {
        DatasetGraph dsg = TestData.loadInMemory(TestData.FIXTURES.resolve("golden/every-record-type/data"));
        QualityReport.Section links = QualityReport.run(QUALITY, dsg).metrics().stream()
                .filter(m -> m.file().getFileName().toString().equals("wikidata-links.rq")).findFirst().orElseThrow();
        Map<String, String> rows = new TreeMap<>();
        links.rows().reset();
        links.rows().forEachRemaining(b -> rows.put(b.get("kind").asLiteral().getLexicalForm(),
                b.get("entities").asLiteral().getLexicalForm() + " " + b.get("linked").asLiteral().getLexicalForm() + " "
                        + b.get("unlinked").asLiteral().getLexicalForm() + " " + b.get("unlinkedWithCandidates").asLiteral().getLexicalForm()
                        + " " + b.get("candidates").asLiteral().getLexicalForm() + " "
                        + new java.math.BigDecimal(b.get("linkedPercent").asLiteral().getLexicalForm()).stripTrailingZeros().toPlainString()));
        // entities linked unlinked unlinked-with-candidates candidate-rows percent-linked
        assertEquals("1 0 1 1 2 0", rows.get("person"), rows.toString());
        assertEquals("1 1 0 0 1 100", rows.get("place"), "a linked place keeps its other candidate row: " + rows);
        assertEquals("3 1 2 0 0 33.3", rows.get("country"), "Cuba, Examplia and the territory Little Examplia: " + rows);
        assertEquals("2 0 2 0 0 0", rows.get("organization"), rows.toString());
        assertTrue(links.table().contains("linkedPercent"), "the report prints the table");
    }
}
