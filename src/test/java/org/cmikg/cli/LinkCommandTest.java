package org.cmikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.TestData;
import org.cmikg.link.ServiceSettings;
import org.cmikg.link.WikidataStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cmi link} against a local Wikidata stand-in (embedded Fuseki over a Wikidata-shaped fixture, a
 * stub entity search, a 429 then success, a 500): the review file it writes, and the links.csv rows that
 * {@code --accept} appends, loaded back with their provenance. No test here touches the network.
 */
class LinkCommandTest {
    private static final Path FIXTURE = TestData.FIXTURES.resolve("link");
    private static WikidataStandIn wikidata;

    @TempDir Path tmp;

    @BeforeAll
    static void start() { wikidata = new WikidataStandIn(FIXTURE.resolve("wikidata.ttl")); }

    @AfterAll
    static void stop() { wikidata.close(); }

    private Path copyOfData() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(FIXTURE.resolve("data"))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        return data;
    }

    private CmiCommandTest.Run reconcile(Path data, Path review, String... more) {
        List<String> args = new ArrayList<>(List.of("link", "--data", data.toString(), "--ontology", TestData.ONTOLOGY.toString(),
                "--review", review.toString(), "--sparql-url", wikidata.sparql(), "--search-url", wikidata.search(),
                "--rate", "200", "--backoff", "0.05", "--tries", "3"));
        args.addAll(List.of(more));
        return CmiCommandTest.run(args.toArray(String[]::new));
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** record → "QID:decision" of its rows, best first. */
    private static Map<String, List<String>> proposals(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("record"), java.util.TreeMap::new,
                Collectors.mapping(r -> r.get("wikidata") + ":" + r.get("decision"), Collectors.toList())));
    }

    @Test
    void theReviewFileHasEveryUnlinkedRecordItsBestCandidatesAndOnlyClearWinnersMarkedAccept() throws IOException {
        Path data = copyOfData();
        Path review = tmp.resolve("review.csv");
        CmiCommandTest.Run r = reconcile(data, review);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("7 records without a link: 5 clear winners marked accept, 1 to review, 1 without candidates; 11 rows; 22 requests"), r.out());

        List<CSVRecord> rows = rows(review);
        assertEquals(Map.of(
                "example-flood", List.of("Q900501:accept", "Q900502:"),          // same name, told apart by the date
                "jose-perez-ejemplo", List.of("Q900101:accept"),                   // accents folded
                "juan-muestra", List.of("Q900201:", "Q900202:"),                   // ambiguous: both Cuban people
                "ministerio-ejemplo", List.of("Q900401:accept"),                   // found by its Spanish name
                "phantom-programme", List.of(":"),                                 // nothing found
                "rosa-ejemplo", List.of("Q900301:accept", "Q900302:"),             // the person, not the town
                "rosa-ejemplo-town", List.of("Q900302:accept", "Q900301:")),       // the town, not the person
                proposals(rows));
        // Linked records (the two countries) are not asked about.
        assertTrue(rows.stream().noneMatch(x -> x.get("record").equals("cuba")));

        CSVRecord town = rows.stream().filter(x -> x.get("record").equals("rosa-ejemplo-town")).findFirst().orElseThrow();
        assertEquals(List.of("Rosa Ejemplo", "fixture town in Examplia", "1", "1", "1", "1", "", "reconciler"),
                List.of(town.get("label"), town.get("description"), town.get("score"), town.get("name_score"),
                        town.get("type_score"), town.get("country_score"), town.get("date_score"), town.get("method")));
        assertEquals(wikidata.sparql(), town.get("service"));
        CSVRecord person = rows.stream().filter(x -> x.get("record").equals("rosa-ejemplo-town") && x.get("wikidata").equals("Q900301"))
                .findFirst().orElseThrow();
        assertEquals(List.of("0.5", "1", "0", "0"), List.of(person.get("score"), person.get("name_score"),
                person.get("type_score"), person.get("country_score")));
        CSVRecord laterFlood = rows.stream().filter(x -> x.get("wikidata").equals("Q900502")).findFirst().orElseThrow();
        assertEquals(List.of("0.8", "0"), List.of(laterFlood.get("score"), laterFlood.get("date_score")));
        CSVRecord ministry = rows.stream().filter(x -> x.get("record").equals("ministerio-ejemplo")).findFirst().orElseThrow();
        assertEquals(List.of("Ministry of Public Health of Example", "1", "1"),
                List.of(ministry.get("label"), ministry.get("type_score"), ministry.get("date_score")));

        // Every request said who is asking, as Wikimedia's policy wants.
        assertTrue(wikidata.userAgents().stream().allMatch(ServiceSettings.USER_AGENT::equals), wikidata.userAgents().toString());
        // links.csv is untouched by reconciling.
        assertEquals(Files.readString(FIXTURE.resolve("data/links.csv")), Files.readString(data.resolve("links.csv")));
    }

    @Test
    void anExistingReviewFileIsNotOverwrittenUnlessAsked() throws IOException {
        Path review = tmp.resolve("review.csv");
        Files.writeString(review, "record,wikidata,decision\njuan-muestra,Q900201,accept\n");
        CmiCommandTest.Run r = reconcile(FIXTURE.resolve("data"), review, "--only", "juan-muestra");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains(review + " exists and may hold a reviewer's decisions"), r.err());
        assertEquals("record,wikidata,decision\njuan-muestra,Q900201,accept\n", Files.readString(review));

        assertEquals(ExitCodes.OK, reconcile(FIXTURE.resolve("data"), review, "--only", "juan-muestra", "--overwrite").code());
        assertEquals(Map.of("juan-muestra", List.of("Q900201:", "Q900202:")), proposals(rows(review)));
    }

    @Test
    void aServiceThatAnswers429IsWaitedForAndTheRunCompletes() throws IOException {
        Path data = copyOfData();
        Path review = tmp.resolve("review.csv");
        int before = wikidata.answered429();
        wikidata.throttleNext(2);
        CmiCommandTest.Run r = reconcile(data, review, "--only", "rosa-ejemplo");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(2, wikidata.answered429() - before);
        assertEquals(Map.of("rosa-ejemplo", List.of("Q900301:accept", "Q900302:")), proposals(rows(review)));
    }

    @Test
    void aServiceThatAnswers500FailsClearlyAfterItsTries() {
        Path review = tmp.resolve("review.csv");
        CmiCommandTest.Run r = CmiCommandTest.run("link", "--data", FIXTURE.resolve("data").toString(),
                "--ontology", TestData.ONTOLOGY.toString(), "--review", review.toString(),
                "--sparql-url", wikidata.base() + "/broken/sparql", "--search-url", wikidata.base() + "/broken/api.php",
                "--rate", "200", "--backoff", "0.01", "--tries", "3");
        assertEquals(ExitCodes.SERVICE, r.code(), r.err());
        assertTrue(r.err().contains(wikidata.base() + "/broken/api.php"), r.err());
        assertTrue(r.err().contains("answered 500"), r.err());
        assertTrue(r.err().contains("3 tries"), r.err());
    }

    @Test
    void acceptAppendsTheAcceptedRowsWithProvenanceAndTheyLoad() throws IOException {
        Path data = copyOfData();
        Path review = reviewedFile(data);

        CmiCommandTest.Run r = accept(data, review);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("added 6 links"), r.out());
        // The candidate row of the accepted item moved to links.csv; the other candidate stays.
        assertEquals(List.of("juan-muestra Q900202"), rows(data.resolve("link-candidates.csv")).stream()
                .map(x -> x.get("record") + " " + x.get("wikidata")).toList());
        // The earlier search that found no item for the now linked ministry is removed; the other search stays.
        assertEquals(List.of("phantom-programme"), rows(data.resolve("link-searches.csv")).stream().map(x -> x.get("record")).toList());
        assertTrue(r.out().contains("removed the rows of earlier searches that found no item from "), r.out());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<CSVRecord> links = rows(data.resolve("links.csv"));
        assertEquals(8, links.size());
        List<String> added = links.subList(2, 8).stream().map(x -> x.get("record") + " " + x.get("wikidata") + " " + x.get("method")
                + " " + x.get("evidence") + " " + x.get("reviewer") + " " + x.get("date")).toList();
        String evidence = " reconciled-reviewed https://www.wikidata.org/wiki/%s | " + wikidata.sparql() + " Ana Revisora " + today;
        // In the order of the review file: by kind (event, organization, person, place), then ID.
        assertEquals(List.of(
                "example-flood Q900501" + evidence.formatted("Q900501"),
                "ministerio-ejemplo Q900401" + evidence.formatted("Q900401"),
                "jose-perez-ejemplo Q900101" + evidence.formatted("Q900101"),
                "juan-muestra Q900201" + evidence.formatted("Q900201"),
                "rosa-ejemplo Q900301" + evidence.formatted("Q900301"),
                "rosa-ejemplo-town Q900302" + evidence.formatted("Q900302")), added);
        assertTrue(links.get(7).get("notes").startsWith("proposed by cmi link with score 1 (name 1, type 1, country 1)"),
                links.get(7).get("notes"));

        // The new rows load (LinksLoader) into links with their provenance.
        DatasetGraph dsg = TestData.loadInMemory(data);
        Model m = ModelFactory.createModelForGraph(Txn.calculateRead(dsg, () -> dsg.getUnionGraph()));
        List<String> found = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create("""
                    PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?record ?item ?reviewer ?date (COUNT(?evidence) AS ?n) WHERE {
                      ?link a cmi:EntityLink ; cmi:linkSubject ?record ; cmi:linkTarget ?item ;
                            cmi:linkMethod <https://w3id.org/cmi-kg/vocab/link-method/reconciled-reviewed> ;
                            cmi:linkReviewer ?reviewer ; cmi:linkDate ?date ; cmi:linkEvidence ?evidence .
                      ?record skos:exactMatch ?item .
                    } GROUP BY ?record ?item ?reviewer ?date ORDER BY ?record  # IRIs: by kind, then ID""", m)) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> found.add(s.getResource("record").getLocalName() + " "
                        + s.getResource("item").getLocalName() + " " + s.getLiteral("reviewer").getString() + " "
                        + s.getLiteral("date").getLexicalForm() + " " + s.getLiteral("n").getInt()));
            }
        });
        assertEquals(List.of("example-flood Q900501 Ana Revisora " + today + " 2", "ministerio-ejemplo Q900401 Ana Revisora " + today + " 2",
                "jose-perez-ejemplo Q900101 Ana Revisora " + today + " 2", "juan-muestra Q900201 Ana Revisora " + today + " 2",
                "rosa-ejemplo Q900301 Ana Revisora " + today + " 2", "rosa-ejemplo-town Q900302 Ana Revisora " + today + " 2"), found);

        // Accepting the same file again adds nothing and names each duplicate.
        String before = Files.readString(data.resolve("links.csv"));
        CmiCommandTest.Run again = accept(data, review);
        assertEquals(ExitCodes.INVALID_DATA, again.code(), again.err());
        assertTrue(again.err().contains("6 problems; nothing was written"), again.err());
        assertTrue(again.err().contains("'rosa-ejemplo' is already linked to Q900301 at " + data.resolve("links.csv")), again.err());
        assertEquals(before, Files.readString(data.resolve("links.csv")));
    }

    @Test
    void acceptRefusesConflictsWithFileAndLine() throws IOException {
        Path data = copyOfData();
        Path review = reviewedFile(data);
        markAccepted(review, "juan-muestra", "Q900202");   // two items for one record
        setDecision(review, "rosa-ejemplo-town", "Q900302", "");
        markAccepted(review, "rosa-ejemplo-town", "Q900301"); // the item accepted for the person
        String before = Files.readString(data.resolve("links.csv"));
        String candidates = Files.readString(data.resolve("link-candidates.csv"));

        CmiCommandTest.Run r = accept(data, review);
        assertEquals(ExitCodes.INVALID_DATA, r.code(), r.err());
        int juan2 = lineOf(review, "Q900202");
        int town2 = lineOf(review, "rosa-ejemplo-town,Q900301");
        assertTrue(r.err().contains(review + ":" + juan2 + ":14 [decision]: 'juan-muestra' is already linked to Q900201 at " + review + ":"), r.err());
        assertTrue(r.err().contains(review + ":" + town2 + ":14 [decision]: Q900301 is already the item of 'rosa-ejemplo' at " + review + ":"), r.err());
        assertEquals(before, Files.readString(data.resolve("links.csv")));
        assertEquals(candidates, Files.readString(data.resolve("link-candidates.csv")));
    }

    @Test
    void acceptNeedsAReviewer() throws IOException {
        CmiCommandTest.Run r = CmiCommandTest.run("link", "--data", FIXTURE.resolve("data").toString(),
                "--ontology", TestData.ONTOLOGY.toString(), "--accept", tmp.resolve("review.csv").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--reviewer"), r.err());
    }

    /** A review file of the fixture in which the reviewer settled the ambiguous name and left the rest as proposed. */
    private Path reviewedFile(Path data) throws IOException {
        Path review = tmp.resolve("review.csv");
        assertEquals(ExitCodes.OK, reconcile(data, review).code());
        markAccepted(review, "juan-muestra", "Q900201");
        return review;
    }

    private static CmiCommandTest.Run accept(Path data, Path review) {
        return CmiCommandTest.run("link", "--data", data.toString(), "--ontology", TestData.ONTOLOGY.toString(),
                "--accept", review.toString(), "--reviewer", "Ana Revisora");
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    /** What a reviewer does in a spreadsheet: writes accept in the decision column of one row. */
    private static void markAccepted(Path review, String record, String qid) throws IOException {
        setDecision(review, record, qid, "accept");
    }

    private static void setDecision(Path review, String record, String qid, String decision) throws IOException {
        List<CSVRecord> rows = rows(review);
        List<String> header;
        try (Reader r = Files.newBufferedReader(review)) {
            header = CSVFormat.RFC4180.builder().setHeader().get().parse(r).getHeaderNames();
        }
        try (Writer w = Files.newBufferedWriter(review, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header.toArray(String[]::new)).get())) {
            for (CSVRecord row : rows) {
                List<String> values = new ArrayList<>(row.toList());
                if (row.get("record").equals(record) && row.get("wikidata").equals(qid)) values.set(header.indexOf("decision"), decision);
                out.printRecord(values);
            }
        }
    }
}
