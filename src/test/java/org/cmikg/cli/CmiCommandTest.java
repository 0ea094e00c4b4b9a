package org.cmikg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cmikg.TestData;
import org.cmikg.export.quickstatements.QuickStatementsV1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** The command line as a user meets it: help, exit codes and messages that name the file or flag at fault. */
class CmiCommandTest {
    private static final Path GOOD = TestData.FIXTURES.resolve("golden/every-record-type/data");
    private static final Path BAD = TestData.FIXTURES.resolve("errors/bad-values/data");

    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    /** Runs {@code cmi} in this JVM; standard output is captured too, since query results are written there. */
    static Run run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = Cmi.commandLine();
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            cl.getOut().flush();
            return new Run(code, captured.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "load", "query", "export", "report", "release", "bench", "link", "serve"})
    void everyCommandHasHelpWithItsExitCodes(String command) {
        Run r = run(command, "--help");
        assertEquals(ExitCodes.OK, r.code);
        assertTrue(r.out.contains("Usage: cmi " + command), r.out);
        assertTrue(r.out.contains("Exit codes:"), r.out);
    }

    @ParameterizedTest(name = "serve {0} {1}")
    @CsvSource({"--timeout, 0", "--timeout, -5", "--max-rows, -1", "--max-rows, 0", "--port, -1", "--port, 65536",
            "--concurrent-queries, -1", "--concurrent-queries, 1025", "--cache-mb, -1"})
    void serveRefusesOptionsOutOfRangeNamingTheOption(String option, String value) {
        Run r = run("serve", option, value, "--load", "never", "--store", tmp.resolve("no-store").toString());
        assertEquals(ExitCodes.USAGE, r.code, r.err);
        assertTrue(r.err.contains(option + " must be") && r.err.contains("not " + value), r.err);
    }

    @ParameterizedTest(name = "bench {0} {1}")
    @CsvSource({"--repeat, 0", "--repeat, -3", "--export, 0", "--starts, 0", "--heap, -64m", "--heap, lots"})
    void benchRefusesOptionsOutOfRangeNamingTheOption(String option, String value) {
        Run r = run("bench", option, value);
        assertEquals(ExitCodes.USAGE, r.code, r.err);
        assertTrue(r.err.contains(option + " must be") && r.err.contains("not " + value), r.err);
    }

    @Test
    void anUnknownFlagIsNamed() {
        Run r = run("load", "--stor", "x");
        assertEquals(ExitCodes.USAGE, r.code);
        assertTrue(r.err.contains("--stor"), r.err);
    }

    @Test
    void aServiceEndpointThatIsNotAnHttpUrlIsAUsageError() {
        Run r = run("serve", "--service-allow", "ftp://example.org/sparql", "--store", tmp.resolve("none").toString());
        assertEquals(ExitCodes.USAGE, r.code);
        assertTrue(r.err.contains("--service-allow") && r.err.contains("only http and https"), r.err);
    }

    @Test
    void validateListsEveryProblemAndExitsThree() {
        Run r = run("validate", "--data", BAD.toString(), "--ontology", TestData.ONTOLOGY.toString());
        assertEquals(ExitCodes.INVALID_DATA, r.code);
        assertTrue(r.err.contains(BAD.resolve("people.csv") + ":"), r.err);
    }

    @Test
    void aMissingDataDirectoryNamesTheFlag() {
        Run r = run("validate", "--data", tmp.resolve("nowhere").toString(), "--ontology", TestData.ONTOLOGY.toString());
        assertEquals(ExitCodes.INVALID_DATA, r.code);
        assertTrue(r.err.contains("--data"), r.err);
    }

    @Test
    void loadThenQueryPrintsTheResults() throws Exception {
        String store = tmp.resolve("store").toString();
        Run load = run("load", "--data", GOOD.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store);
        assertEquals(ExitCodes.OK, load.code, load.err);
        assertTrue(Files.isRegularFile(Path.of(store, "current", org.cmikg.server.BuildFacts.FILE)), "the build keeps its figures");
        Path q = Files.writeString(tmp.resolve("names.rq"),
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT ?name WHERE { ?p foaf:name ?name }\n");
        Run csv = run("query", q.toString(), "--store", store, "--format", "csv");
        assertEquals(ExitCodes.OK, csv.code, csv.err);
        assertEquals("name\r\nAna Ejemplo\r\n", csv.out);
    }

    @Test
    void exportWritesANetworkOfAViewOrAQueryFile() throws Exception {
        String store = tmp.resolve("store").toString();
        run("load", "--data", GOOD.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store);
        Run dot = run("export", "--view", "deployments-events", "--format", "dot", "--lang", "es", "--store", store);
        assertEquals(ExitCodes.OK, dot.code, dot.err);
        assertTrue(dot.out.contains("digraph") && dot.out.contains("\"Brigada Ejemplo en Examplia\"")
                && dot.out.contains(" -> "), dot.out);
        Path q = Files.writeString(tmp.resolve("net.rq"), "PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>\n"
                + "CONSTRUCT { ?d cmi:hostCountry ?c ; cmi:purpose ?p } WHERE { ?d cmi:hostCountry ?c ; cmi:purpose ?p }\n");
        Run json = run("export", "--query", q.toString(), "--format", "cytoscape", "--store", store);
        assertEquals(ExitCodes.OK, json.code, json.err);
        assertTrue(json.out.contains("\"purpose\":\"Earthquake relief.\"") && json.out.contains("\"type\":\"hostCountry\""), json.out);
        assertEquals(ExitCodes.USAGE, run("export", "--view", "deployments-events", "--format", "pdf", "--store", store).code);
        Path notNetwork = Files.writeString(tmp.resolve("names.rq"), "SELECT ?name WHERE { ?p ?x ?name }\n");
        Run r = run("export", "--query", notNetwork.toString(), "--format", "gexf", "--store", store);
        assertEquals(ExitCodes.QUERY, r.code);
        assertTrue(r.err.contains("?source"), r.err);
    }

    @Test
    void exportWritesTheLinkedFactsAsQuickStatements() throws Exception {
        String store = tmp.resolve("store").toString();
        run("load", "--data", GOOD.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store);
        Run qs = run("export", "--format", "quickstatements", "--store", store);
        assertEquals(ExitCodes.OK, qs.code, qs.err);
        List<QuickStatementsV1.Command> commands = QuickStatementsV1.parse(qs.out);
        assertTrue(commands.stream().anyMatch(c -> c.entity().equals("Q4115189") && c.property().equals("P297")
                && c.value().text().equals("XE")), qs.out);
        assertTrue(qs.err.contains("quickstatements: " + commands.size() + " statements in " + commands.size() + " lines"), qs.err);
        assertEquals(ExitCodes.USAGE, run("export", "--view", "deployments-events", "--format", "quickstatements", "--store", store).code);
        Run noView = run("export", "--format", "gexf", "--store", store);
        assertEquals(ExitCodes.USAGE, noView.code);
        assertTrue(noView.err.contains("--view NAME or --query FILE"), noView.err);
    }

    @Test
    void aBadQueryNamesItsFileLineAndColumn() throws Exception {
        String store = tmp.resolve("store").toString();
        run("load", "--data", GOOD.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store);
        Path q = Files.writeString(tmp.resolve("bad.rq"), "SELECT ?x\nWHERE { ?x ?y }\n");
        Run r = run("query", q.toString(), "--store", store);
        assertEquals(ExitCodes.QUERY, r.code);
        assertTrue(r.err.contains(q + ":2:"), r.err);
    }

    @Test
    void queryingWithoutAStoreSaysHowToBuildOne() throws Exception {
        Path q = Files.writeString(tmp.resolve("q.rq"), "ASK {}");
        Run r = run("query", q.toString(), "--store", tmp.resolve("none").toString());
        assertEquals(ExitCodes.STORE, r.code);
        assertTrue(r.err.contains("cmi load"), r.err);
    }

    @Test
    void aFailedLoadKeepsTheStoreAndSaysWhy() throws Exception {
        String store = tmp.resolve("store").toString();
        assertEquals(ExitCodes.OK, run("load", "--data", GOOD.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store).code);
        Run bad = run("load", "--data", BAD.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store);
        assertEquals(ExitCodes.INVALID_DATA, bad.code);
        // An empty data folder is refused too, rather than replacing the records with the ontology alone.
        Path empty = Files.createDirectories(tmp.resolve("empty-data"));
        Run none = run("load", "--data", empty.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store);
        assertEquals(ExitCodes.INVALID_DATA, none.code);
        assertTrue(none.err.contains("holds none of the record files"), none.err);
        Path q = Files.writeString(tmp.resolve("names.rq"),
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT ?name WHERE { ?p foaf:name ?name }\n");
        assertEquals("name\r\nAna Ejemplo\r\n", run("query", q.toString(), "--store", store, "--format", "csv").out);
    }

    @Test
    void aReleaseStampsTheDataAndWritesChecksummedDumpsAndACitation() throws Exception {
        Path store = tmp.resolve("store");
        Path out = tmp.resolve("releases");
        Path cff = tmp.resolve("CITATION.cff");
        Run r = run("release", "0.1.0", "--date", "2026-11-27", "--data", GOOD.toString(),
                "--ontology", TestData.ONTOLOGY.toString(), "--store", store.toString(), "--out", out.toString(),
                "--citation", cff.toString());
        assertEquals(ExitCodes.OK, r.code, r.err);
        Path dir = out.resolve("0.1.0");
        for (String line : Files.readAllLines(dir.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ");
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(parts[1])));
            assertEquals(parts[0], java.util.HexFormat.of().formatHex(digest), parts[1]);
        }
        assertTrue(Files.readString(cff).contains("version: \"0.1.0\"") && Files.readString(cff).contains("date-released: \"2026-11-27\""));
        org.apache.jena.sparql.core.DatasetGraph dump = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.source(new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("cmi-kg-0.1.0.nq.gz"))))
                .lang(org.apache.jena.riot.Lang.NQUADS).parse(dump);
        assertTrue(dump.contains(org.cmikg.export.Release.GRAPH, org.cmikg.export.Release.DATASET,
                org.apache.jena.vocabulary.OWL.versionInfo.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("0.1.0")),
                "the version is stamped on the data");
        assertTrue(Files.size(dir.resolve("cmi-kg-0.1.0.jsonld")) > 0 && Files.size(dir.resolve("cmi-kg-0.1.0.trig")) > 0);
    }

    @Test
    void aReleaseIsNeverOverwrittenAndOneThatCannotBeWrittenLeavesTheStoreUnstamped() throws Exception {
        Path store = tmp.resolve("store");
        Path out = tmp.resolve("releases-kept");
        String[] common = {"--data", GOOD.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store.toString(),
            "--citation", tmp.resolve("CITATION.cff").toString()};
        Run first = run(concat(new String[] {"release", "0.2.0", "--date", "2026-11-27", "--out", out.toString()}, common));
        assertEquals(ExitCodes.OK, first.code, first.err);
        byte[] sums = Files.readAllBytes(out.resolve("0.2.0/SHA256SUMS"));
        String build = org.cmikg.store.Store.at(store).current().orElseThrow().name();

        Run again = run(concat(new String[] {"release", "0.2.0", "--date", "2026-12-01", "--out", out.toString()}, common));
        assertEquals(ExitCodes.USAGE, again.code, again.err);
        assertTrue(again.err.contains("release 0.2.0 exists already") && again.err.contains("never overwritten"), again.err);
        assertArrayEquals(sums, Files.readAllBytes(out.resolve("0.2.0/SHA256SUMS")));
        assertEquals(build, org.cmikg.store.Store.at(store).current().orElseThrow().name(), "the store is not rebuilt");

        Path notAFolder = Files.writeString(tmp.resolve("not-a-folder"), "a file where the releases should go");
        Run unwritable = run(concat(new String[] {"release", "0.3.0", "--out", notAFolder.toString()}, common));
        assertEquals(ExitCodes.STORE, unwritable.code, unwritable.err);
        assertTrue(unwritable.err.contains("cannot write releases into " + notAFolder) && unwritable.err.contains("store is unchanged")
                && !unwritable.err.contains("Exception:"), unwritable.err);
        assertEquals(build, org.cmikg.store.Store.at(store).current().orElseThrow().name(), "the store is not stamped 0.3.0");
        try (var left = Files.list(out)) {
            assertEquals(List.of(out.resolve("0.2.0")), left.toList(), "only whole releases in the folder");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theCommandLineQueryHasATimeoutAndTheServiceAllowList() throws Exception {
        String store = tmp.resolve("query-store").toString();
        assertEquals(ExitCodes.OK, run("load", "--data", GOOD.toString(), "--ontology", TestData.ONTOLOGY.toString(), "--store", store).code);
        Path endless = Files.writeString(tmp.resolve("endless.rq"), "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }\n");
        long start = System.nanoTime();
        Run stopped = run("query", endless.toString(), "--store", store, "--timeout", "1");
        assertEquals(ExitCodes.QUERY, stopped.code, stopped.err);
        assertTrue(stopped.err.contains("stopped after 1 s (--timeout)"), stopped.err);
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped near its timeout");

        Path local = Files.writeString(tmp.resolve("local.rq"), "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }\n");
        Run refused = run("query", local.toString(), "--store", store);
        assertEquals(ExitCodes.QUERY, refused.code, refused.err);
        assertTrue(refused.err.contains("SERVICE <http://127.0.0.1:9/sparql> refused"), refused.err);
        Run none = run("query", local.toString(), "--store", store, "--service-allow", "");
        assertEquals(ExitCodes.QUERY, none.code, none.err);
        assertTrue(none.err.contains("federated queries are disabled"), none.err);

        Run zero = run("query", local.toString(), "--store", store, "--timeout", "0");
        assertEquals(ExitCodes.USAGE, zero.code, zero.err);
        assertTrue(zero.err.contains("--timeout must be between 1 and 86400"), zero.err);
    }

    @Test
    void aReleaseNeedsASemanticVersion() {
        Run r = run("release", "first", "--store", tmp.resolve("s").toString());
        assertEquals(ExitCodes.USAGE, r.code);
        assertTrue(r.err.contains("version 'first' is not a semantic version"), r.err);
    }
}
