package org.cmikg.server.about;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.cmikg.quality.QualityReport;

/**
 * The figures of the {@code /about} page, computed from the graph when the build is made and kept in it
 * ({@code BuildFacts}; a store build never changes under a running server): what the graph holds, its sources by kind, the claims by side (stance and kind of
 * claimant), values ranked by source, and what is known to be missing (the quality report's metrics).
 */
public record About(long hostCountries, long deployments, long claims, long sources, long sourcesWithoutAddress,
        long titlesNotChecked, long statements, Table sourcesByKind, Table claimsBySide, Table ranks, List<Table> gaps,
        int checks, int checksFailed) {

    /** A table of figures: a caption, the column heads and rows of cells. */
    public record Table(String caption, List<String> head, List<List<String>> rows) {}

    static final String PREFIXES = """
            PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            """;
    private static final String NOT_INFERRED = "FILTER(?g != <https://w3id.org/cmi-kg/graph/inferred>)";
    /** Countries that received at least one deployment. */
    public static final String HOST_COUNTRIES = PREFIXES
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d a cmi:Deployment ; cmi:hostCountry ?c }";
    private static final String COUNT = PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a cmi:%s }";
    private static final String NO_ADDRESS = PREFIXES
            + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a cmi:Source FILTER NOT EXISTS { ?x schema:url ?u } }";
    private static final String UNCHECKED_TITLES = PREFIXES
            + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a cmi:Source ; cmi:titleVerified false }";
    private static final String SOURCES_BY_KIND = PREFIXES + """
            SELECT ?kind (COUNT(DISTINCT ?s) AS ?sources) WHERE {
              GRAPH ?g { ?s a ?c } %s
              ?c rdfs:subClassOf cmi:Source ; skos:prefLabel ?kind FILTER(lang(?kind) = "en")
            } GROUP BY ?kind ORDER BY DESC(?sources) ?kind""".formatted(NOT_INFERRED);
    private static final String CLAIMS_BY_SIDE = PREFIXES + """
            SELECT ?kind ?stance (COUNT(DISTINCT ?claim) AS ?n) WHERE {
              ?claim a cmi:Claim ; cmi:stance/skos:prefLabel ?stance ; cmi:claimant ?who .
              FILTER(lang(?stance) = "en")
              GRAPH ?g { ?who a ?k } %s
              ?k skos:prefLabel ?kind FILTER(lang(?kind) = "en")
            } GROUP BY ?kind ?stance""".formatted(NOT_INFERRED);
    private static final String CLAIMS_BY_STANCE = PREFIXES + """
            SELECT ?stance (COUNT(DISTINCT ?claim) AS ?n) WHERE {
              ?claim a cmi:Claim ; cmi:stance/skos:prefLabel ?stance FILTER(lang(?stance) = "en")
            } GROUP BY ?stance""";
    private static final String RANKS = PREFIXES + """
            SELECT ?rank (COUNT(DISTINCT ?st) AS ?values) WHERE {
              ?st a cmi:Statement ; cmi:rank/skos:prefLabel ?rank FILTER(lang(?rank) = "en")
            } GROUP BY ?rank ORDER BY DESC(?values)""";
    private static final List<String> STANCES = List.of("supportive", "critical", "neutral");

    /** Computes the figures; {@code quality} is the folder of the quality report's queries, or null. */
    public static About of(DatasetGraph dsg, Path quality) {
        QualityReport report = quality != null && Files.isDirectory(quality) ? QualityReport.run(quality, dsg) : null;
        return Txn.calculateRead(dsg, () -> new About(number(dsg, HOST_COUNTRIES), number(dsg, COUNT.formatted("Deployment")),
                number(dsg, COUNT.formatted("Claim")), number(dsg, COUNT.formatted("Source")), number(dsg, NO_ADDRESS),
                number(dsg, UNCHECKED_TITLES), number(dsg, COUNT.formatted("Statement")),
                table(dsg, "Sources by kind", SOURCES_BY_KIND), claimsBySide(dsg), table(dsg, "Values by rank", RANKS),
                report == null ? List.of() : report.metrics().stream().map(About::table).toList(),
                report == null ? 0 : report.checks().size(),
                report == null ? 0 : (int) report.checks().stream().filter(s -> s.size() > 0).count()));
    }

    /** Claims by kind of claimant (rows) and stance (columns); a claim with claimants of two kinds counts under each. */
    private static Table claimsBySide(DatasetGraph dsg) {
        Map<String, long[]> byKind = new LinkedHashMap<>();
        for (Binding b : rows(dsg, CLAIMS_BY_SIDE)) {
            int col = STANCES.indexOf(b.get("stance").getLiteralLexicalForm());
            if (col < 0) continue;
            byKind.computeIfAbsent(b.get("kind").getLiteralLexicalForm(), k -> new long[STANCES.size()])[col] +=
                    Long.parseLong(b.get("n").getLiteralLexicalForm());
        }
        long[] totals = new long[STANCES.size()];
        for (Binding b : rows(dsg, CLAIMS_BY_STANCE)) {
            int col = STANCES.indexOf(b.get("stance").getLiteralLexicalForm());
            if (col >= 0) totals[col] = Long.parseLong(b.get("n").getLiteralLexicalForm());
        }
        List<List<String>> out = new ArrayList<>();
        byKind.entrySet().stream().sorted((a, c) -> Long.compare(sum(c.getValue()), sum(a.getValue())))
                .forEach(e -> out.add(row(e.getKey(), e.getValue())));
        out.add(row("all claims", totals));
        List<String> head = new ArrayList<>(List.of("kind of claimant"));
        head.addAll(STANCES);
        head.add("total");
        return new Table("Claims by kind of claimant and stance", head, out);
    }

    private static long sum(long[] v) { long s = 0; for (long x : v) s += x; return s; }

    private static List<String> row(String first, long[] v) {
        List<String> r = new ArrayList<>(List.of(first));
        for (long x : v) r.add(Long.toString(x));
        r.add(Long.toString(sum(v)));
        return r;
    }

    private static Table table(DatasetGraph dsg, String caption, String query) {
        var q = QueryFactory.create(query);
        List<List<String>> out = new ArrayList<>();
        for (Binding b : rows(dsg, query)) out.add(q.getResultVars().stream().map(v -> text(b.get(v))).toList());
        return new Table(caption, q.getResultVars(), out);
    }

    private static Table table(QualityReport.Section s) {
        var rows = s.rows();
        rows.reset();
        List<List<String>> out = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution sol = rows.next();
            out.add(rows.getResultVars().stream().map(v -> text(sol.get(v))).toList());
        }
        rows.reset();
        return new Table(s.intent(), rows.getResultVars(), out);
    }

    private static String text(RDFNode n) { return n == null ? "" : text(n.asNode()); }

    private static String text(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isURI()) {
            String iri = n.getURI();
            return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        }
        return n.toString();
    }

    static long number(DatasetGraph dsg, String query) {
        List<Binding> r = rows(dsg, query);
        return r.isEmpty() || r.get(0).get("n") == null ? 0 : Long.parseLong(r.get(0).get("n").getLiteralLexicalForm());
    }

    private static List<Binding> rows(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(query)).build()) {
            List<Binding> list = new ArrayList<>();
            exec.select().forEachRemaining(list::add);
            return list;
        }
    }
}
