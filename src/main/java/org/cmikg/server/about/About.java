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
import org.cmikg.server.i18n.Words;

/**
 * The figures of the {@code /about} page, computed from the graph when the server starts (a store build never
 * changes under a running server): what the graph holds, its sources by kind, the claims by side (stance and kind of
 * claimant), values ranked by source, and what is known to be missing (the quality report's metrics).
 */
public record About(long hostCountries, long deployments, long claims, long sources, long sourcesWithoutAddress,
        long titlesNotChecked, long statements, Table sourcesByKind, Table claimsBySide, Table ranks, List<Table> gaps,
        int checks, int checksFailed, Table sourcesByKindEs, Table claimsBySideEs, Table ranksEs) {

    /** The sources by kind, with the kinds' labels in {@code lang}. */
    public Table sourcesByKind(String lang) { return "es".equals(lang) ? sourcesByKindEs : sourcesByKind; }

    /** The claims by kind of claimant and stance, labelled in {@code lang}. */
    public Table claimsBySide(String lang) { return "es".equals(lang) ? claimsBySideEs : claimsBySide; }

    /** The ranked values by rank, labelled in {@code lang}. */
    public Table ranks(String lang) { return "es".equals(lang) ? ranksEs : ranks; }

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
              ?c rdfs:subClassOf cmi:Source ; skos:prefLabel ?kind FILTER(lang(?kind) = "%s")
            } GROUP BY ?kind ORDER BY DESC(?sources) ?kind""";
    private static final String CLAIMS_BY_SIDE = PREFIXES + """
            SELECT ?kind ?stance (COUNT(DISTINCT ?claim) AS ?n) WHERE {
              ?claim a cmi:Claim ; cmi:stance/skos:prefLabel ?stance ; cmi:claimant ?who .
              FILTER(lang(?stance) = "en")
              GRAPH ?g { ?who a ?k } %s
              ?k skos:prefLabel ?kind FILTER(lang(?kind) = "%s")
            } GROUP BY ?kind ?stance""";
    private static final String CLAIMS_BY_STANCE = PREFIXES + """
            SELECT ?stance (COUNT(DISTINCT ?claim) AS ?n) WHERE {
              ?claim a cmi:Claim ; cmi:stance/skos:prefLabel ?stance FILTER(lang(?stance) = "en")
            } GROUP BY ?stance""";
    private static final String RANKS = PREFIXES + """
            SELECT ?rank (COUNT(DISTINCT ?st) AS ?values) WHERE {
              ?st a cmi:Statement ; cmi:rank/skos:prefLabel ?rank FILTER(lang(?rank) = "%s")
            } GROUP BY ?rank ORDER BY DESC(?values)""";
    private static final List<String> STANCES = List.of("supportive", "critical", "neutral");

    /** Computes the figures; {@code quality} is the folder of the quality report's queries, or null. */
    public static About of(DatasetGraph dsg, Path quality) {
        QualityReport report = quality != null && Files.isDirectory(quality) ? QualityReport.run(quality, dsg) : null;
        return Txn.calculateRead(dsg, () -> new About(number(dsg, HOST_COUNTRIES), number(dsg, COUNT.formatted("Deployment")),
                number(dsg, COUNT.formatted("Claim")), number(dsg, COUNT.formatted("Source")), number(dsg, NO_ADDRESS),
                number(dsg, UNCHECKED_TITLES), number(dsg, COUNT.formatted("Statement")),
                table(dsg, "sourcesByKind", SOURCES_BY_KIND.formatted(NOT_INFERRED, "en"), "en"), claimsBySide(dsg, "en"),
                table(dsg, "valuesByRank", RANKS.formatted("en"), "en"),
                report == null ? List.of() : report.metrics().stream().map(About::table).toList(),
                report == null ? 0 : report.checks().size(),
                report == null ? 0 : (int) report.checks().stream().filter(s -> s.size() > 0).count(),
                table(dsg, "sourcesByKind", SOURCES_BY_KIND.formatted(NOT_INFERRED, "es"), "es"), claimsBySide(dsg, "es"),
                table(dsg, "valuesByRank", RANKS.formatted("es"), "es")));
    }

    /** Claims by kind of claimant (rows) and stance (columns); a claim with claimants of two kinds counts under each. */
    private static Table claimsBySide(DatasetGraph dsg, String lang) {
        Map<String, long[]> byKind = new LinkedHashMap<>();
        for (Binding b : rows(dsg, CLAIMS_BY_SIDE.formatted(NOT_INFERRED, lang))) {
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
        out.add(row(Words.t("allClaimsRow", lang), totals));
        List<String> head = new ArrayList<>(List.of(Words.t("kindOfClaimant", lang)));
        for (String stance : STANCES) head.add(Words.t("stance." + stance, lang));
        head.add(Words.t("total", lang));
        return new Table(Words.t("claimsBySide", lang), head, out);
    }

    private static long sum(long[] v) { long s = 0; for (long x : v) s += x; return s; }

    private static List<String> row(String first, long[] v) {
        List<String> r = new ArrayList<>(List.of(first));
        for (long x : v) r.add(Long.toString(x));
        r.add(Long.toString(sum(v)));
        return r;
    }

    /** A table of {@code query}'s rows; its caption and column heads are words of {@link Words} ({@code caption}, {@code column.VAR}). */
    private static Table table(DatasetGraph dsg, String caption, String query, String lang) {
        var q = QueryFactory.create(query);
        List<List<String>> out = new ArrayList<>();
        for (Binding b : rows(dsg, query)) out.add(q.getResultVars().stream().map(v -> text(b.get(v))).toList());
        return new Table(Words.t(caption, lang), q.getResultVars().stream().map(v -> Words.t("column." + v, lang)).toList(), out);
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
