package org.cmikg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
    void theBundledRecordsPassEveryCheck() throws java.io.IOException {
        Store store = Store.at(tmp.resolve("store"));
        TestData.buildStore(store, TestData.DATA);
        DatasetGraph dsg = store.openCurrent();
        try {
            QualityReport report = QualityReport.run(QUALITY, dsg);
            assertTrue(report.passed(), report.toString());
            assertEquals(6, report.metrics().size());
            assertTrue(report.metrics().stream().allMatch(m -> m.size() > 0), report.toString());
            assertCoverageFloorsCountWhatTheRecordFilesHold(report);
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
    void theLinkMetricCountsLinkedCandidatesSearchedAndNotCheckedPerKindWithTheGoalFigure() {
        DatasetGraph dsg = TestData.loadInMemory(TestData.FIXTURES.resolve("golden/every-record-type/data"));
        QualityReport.Section links = QualityReport.run(QUALITY, dsg).metrics().stream()
                .filter(m -> m.file().getFileName().toString().equals("wikidata-links.rq")).findFirst().orElseThrow();
        Map<String, String> rows = new TreeMap<>();
        links.rows().reset();
        links.rows().forEachRemaining(b -> rows.put(b.get("kind").asLiteral().getLexicalForm(),
                String.join(" ", Stream.of("entities", "linked", "withCandidates", "noItemFound", "notChecked", "candidates",
                        "goalPercent").map(v -> number(b.get(v).asLiteral().getLexicalForm())).toList())));
        // entities linked with-candidates no-item-found not-checked candidate-rows goal%
        assertEquals("1 0 1 0 0 2 0", rows.get("person"), rows.toString());
        assertEquals("1 1 0 0 0 1 100", rows.get("place"), "a linked place keeps its other candidate row: " + rows);
        assertEquals("3 1 0 0 2 0 33.3", rows.get("country"), "Cuba, Examplia and the territory Little Examplia: " + rows);
        assertEquals("2 0 0 1 1 0 0", rows.get("organization"), "the ministry was searched, the brigade not: " + rows);
        assertEquals("2 0 0 2 0 0 n/a", rows.get("event"), "every event searched in vain: no goal figure: " + rows);
        assertEquals("1 0 0 0 1 0 0", rows.get("programme"), rows.toString());
        assertEquals("2 0 0 0 2 0 0", rows.get("deployment"), rows.toString());
        assertEquals("12 2 1 3 6 3 22.2", rows.get("all"), "2 linked of the 9 entities that may have an item: " + rows);
        assertTrue(links.table().contains("goalPercent"), "the report prints the table");
    }

    private static String number(String lexical) {
        try {
            return new java.math.BigDecimal(lexical).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    /**
     * The floors of issue 12 count what the record files hold: the host countries and the sized COVID-19 brigades of
     * 2020-2021 are counted here again straight from {@code deployments.csv}, without SPARQL.
     */
    private static void assertCoverageFloorsCountWhatTheRecordFilesHold(QualityReport report) throws java.io.IOException {
        java.util.Set<String> hosts = new java.util.TreeSet<>();
        int sizedCovidBrigades = 0;
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(java.nio.file.Files.newBufferedReader(TestData.DATA.resolve("deployments.csv")))) {
            for (var row : parser) {
                for (String h : row.get("host_countries").split("\\|")) hosts.add(h.strip());
                boolean covid = java.util.Arrays.stream(row.get("prompted_by").split("\\|")).map(String::strip)
                        .anyMatch("ev-covid-19-pandemic"::equals);
                String start = row.get("start");
                if (covid && (start.startsWith("2020") || start.startsWith("2021")) && !row.get("personnel").isBlank()) {
                    sizedCovidBrigades++;
                }
            }
        }
        QualityReport.Section floors = report.metrics().stream()
                .filter(m -> m.file().getFileName().toString().equals("coverage-floors.rq")).findFirst().orElseThrow();
        Map<String, String> current = new TreeMap<>();
        floors.rows().reset();
        floors.rows().forEachRemaining(b -> current.put(b.get("floor").asLiteral().getLexicalForm(),
                b.get("current").asLiteral().getLexicalForm()));
        assertEquals(String.valueOf(hosts.size()),
                current.get("host countries with a sourced deployment (of 165 Cuba reports)"), current.toString());
        assertEquals(String.valueOf(sizedCovidBrigades),
                current.get("COVID-19 brigades of 2020-2021 with dates and sizes (of 58)"), current.toString());
        assertTrue(floors.table().contains("target"), "the report prints the targets beside the figures");
    }
}
