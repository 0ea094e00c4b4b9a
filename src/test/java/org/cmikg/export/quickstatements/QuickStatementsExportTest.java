package org.cmikg.export.quickstatements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.cmikg.TestData;
import org.cmikg.export.quickstatements.QuickStatementsV1.Command;
import org.cmikg.export.quickstatements.QuickStatementsV1.Kind;
import org.cmikg.export.quickstatements.QuickStatementsV1.Pair;
import org.cmikg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QuickStatements export of the bundled records and of a fixture, in real stores: every line parses as
 * QuickStatements V1 ({@link QuickStatementsV1}), and every statement is checked back against the store by a
 * SPARQL query written from the statement alone (the linked record, a property mapped in the ontology, the value,
 * and a source of the record or of its ranked statement with that URL and title).
 */
class QuickStatementsExportTest {
    private static final LocalDate BUILT = LocalDate.of(2026, 12, 4);

    @TempDir Path tmp;

    @Test
    void theBundledRecordsOfferTheirLinkedCountriesIsoCodesWithReferences() {
        Export export = export(TestData.DATA);
        List<Command> commands = QuickStatementsV1.parse(export.text());
        assertFalse(commands.isEmpty(), "the linked countries have ISO codes to offer");
        commands.forEach(c -> assertBackedByTheStore(export.dsg(), c));
        Set<String> offered = statements(commands);
        Txn.executeRead(export.dsg(), () -> QueryExec.dataset(export.dsg()).query(PREFIXES + """
                SELECT ?item ?a2 ?a3 { ?c a cmi:Country ; skos:exactMatch ?item ; cmi:iso3166Alpha2 ?a2 ; cmi:iso3166Alpha3 ?a3 }""")
                .select().forEachRemaining(row -> {
                    String qid = row.get("item").getLocalName();
                    assertTrue(offered.contains(qid + " P297 " + row.get("a2").getLiteralLexicalForm()), qid + " P297");
                    assertTrue(offered.contains(qid + " P298 " + row.get("a3").getLiteralLexicalForm()), qid + " P298");
                }));
        assertEquals(export.counts().statements(), offered.size());
        assertEquals(commands.size(), export.counts().lines());
        System.out.printf("quickstatements (bundled records): %d statements, %d lines (one per reference), %d values not linked, "
                + "%d not expressible, %d without a source URL%n", export.counts().statements(), export.counts().lines(),
                export.counts().unlinkedValues(), export.counts().inexpressibleValues(), export.counts().unsourced());
        Store.close(export.dsg());
    }

    @Test
    void theFixtureOffersItemsDatesAtTheirPrecisionAndThePreferredValueCitedToItsOwnSource() {
        Export export = export(TestData.FIXTURES.resolve("quickstatements/data"));
        List<Command> commands = QuickStatementsV1.parse(export.text());
        commands.forEach(c -> assertBackedByTheStore(export.dsg(), c));
        assertEquals(new TreeSet<>(List.of(
                "Q13406268 P569 +1948-03-02/11",               // a person's date of birth, a day; her nationality is not linked
                "Q15397819 P17 Q4115189",                      // the ministry's country
                "Q15397819 P571 +1960-00-00/9",                // an organization's start is its inception, a year
                "Q15397819 P576 +2019-03-00/10",               // its end is its dissolution, a month; not the normal-rank day
                "Q4115189 P297 XE", "Q4115189 P298 XEX", "Q4115189 P2082 998")), statements(commands));
        assertEquals(1, export.counts().unlinkedValues(), "ana-ejemplo's nationality, cuba, has no item");
        List<Command> end = commands.stream().filter(c -> c.property().equals("P576")).toList();
        assertEquals(1, end.size(), "one reference: the preferred statement's source, not the record's");
        assertEquals(List.of(new Pair("S854", new QuickStatementsV1.Value(Kind.STRING, "https://example.org/informe-tres", null, -1)),
                new Pair("S813", new QuickStatementsV1.Value(Kind.TIME, "+2026-12-04", null, 11)),
                new Pair("S1476", new QuickStatementsV1.Value(Kind.MONOLINGUAL, "Informe tres sobre el ministerio", "es", -1))),
                end.get(0).sources());
        List<Command> inception = commands.stream().filter(c -> c.property().equals("P571")).toList();
        assertEquals(1, inception.size(), "the ministry's sources with a URL (nota-dos has none): " + inception);
        Store.close(export.dsg());
    }

    @Test
    void datesKeepTheirWrittenPrecisionAndUncertainOnesAreNotOffered() {
        assertEquals(Optional.of("+1963-00-00T00:00:00Z/9"), QuickStatementsValue.time("1963"));
        assertEquals(Optional.of("+1963-05-00T00:00:00Z/10"), QuickStatementsValue.time("1963-05"));
        assertEquals(Optional.of("+1963-05-23T00:00:00Z/11"), QuickStatementsValue.time("1963-05-23"));
        for (String uncertain : List.of("1963?", "1963~", "196X", "1963-05%")) {
            assertEquals(Optional.empty(), QuickStatementsValue.time(uncertain), uncertain);
        }
    }

    @Test
    void theParserRejectsWhatQuickStatementsWouldNotRead() {
        for (String bad : List.of("Q1\tP17", "X1\tP17\tQ2", "Q1\tP17\tQ2\tS854", "Q1\tP17\t\"a|b\"",
                "Q1\tP571\t+1963-05-00T00:00:00Z/9", "Q1\tP571\t+1963-00-00T00:00:00Z/11", "Q1\tP17\tQ2\tS854\t\"u\"\tP580\tQ3",
                "Q1\tP1476\tEnglish:\"x\"")) {
            assertThrows(QuickStatementsV1.SyntaxError.class, () -> QuickStatementsV1.parse(bad + "\n"), bad);
        }
    }

    /** The statement, read back from the line alone, is a fact of the store with the source it cites. */
    private static void assertBackedByTheStore(DatasetGraph dsg, Command c) {
        assertEquals(List.of(), c.qualifiers(), "no qualifiers are written");
        List<String> sourceProperties = c.sources().stream().map(Pair::property).toList();
        assertEquals(List.of("S854", "S813", "S1476"), sourceProperties, "reference URL, retrieved, title");
        assertEquals(new QuickStatementsV1.Value(Kind.TIME, "+" + BUILT, null, 11), c.sources().get(1).value());
        String value = switch (c.value().kind()) {
            case ITEM -> "?o skos:exactMatch wd:" + c.value().text() + " .";
            case STRING -> "FILTER(str(?o) = " + quote(c.value().text()) + ")";
            case TIME -> "FILTER(str(?o) = " + quote(writtenDate(c.value())) + ")";
            default -> { fail("unexpected value " + c); yield ""; }
        };
        QuickStatementsV1.Value title = c.sources().get(2).value();
        String ask = """
                ASK {
                  ?e skos:exactMatch wd:%s .
                  GRAPH ?g { ?e ?p ?o } FILTER(?g != <https://w3id.org/cmi-kg/graph/inferred>)
                  { ?p cmi:wikidataProperty wd:%s } UNION { ?p cmi:wikidataPropertyForClass [ cmi:wikidataSubjectClass ?class ; cmi:wikidataProperty wd:%s ] . ?e a ?class }
                  %s
                  { ?e prov:wasDerivedFrom ?source } UNION { ?st cmi:statementSubject ?e ; cmi:statementProperty ?p ; cmi:value ?o ; prov:wasDerivedFrom ?source }
                  ?source schema:url <%s> ; dcterms:title ?title .
                  FILTER(str(?title) = %s && lang(?title) = "%s")
                }""".formatted(c.entity(), c.property(), c.property(), value, c.sources().get(0).value().text(),
                quote(title.text()), title.language());
        boolean found = Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(PREFIXES + ask).ask());
        assertTrue(found, "not a fact of the store with that source: " + c);
    }

    private static String writtenDate(QuickStatementsV1.Value time) {
        String date = time.text().substring(1);
        return switch (time.precision()) {
            case 9 -> date.substring(0, 4);
            case 10 -> date.substring(0, 7);
            default -> date;
        };
    }

    private static Set<String> statements(List<Command> commands) {
        return commands.stream().map(c -> c.entity() + " " + c.property() + " "
                + (c.value().kind() == Kind.TIME ? c.value().text() + "/" + c.value().precision() : c.value().text()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private record Export(DatasetGraph dsg, String text, QuickStatementsExport.Counts counts) {}

    private Export export(Path data) {
        Store store = Store.at(tmp.resolve("store"));
        TestData.buildStore(store, data);
        DatasetGraph dsg = store.openCurrent();
        StringWriter out = new StringWriter();
        QuickStatementsExport.Counts counts = Txn.calculateRead(dsg, () -> QuickStatementsExport.over(dsg).write(BUILT, out));
        return new Export(dsg, out.toString(), counts);
    }

    private static String quote(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    private static final String PREFIXES = """
            PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
}
