package org.cmikg.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * What the graph holds, for the landing page: records by kind and the years its deployments span.
 * Counted when the build is made ({@link BuildFacts}): a store build never changes under a running server.
 */
public record GraphSummary(List<Count> counts, String firstYear, String lastYear) {

    /** How many records of one kind. */
    public record Count(String kind, String plural, long records) {}

    private static final String[][] KINDS = {
            {"Deployment", "deployments and missions"}, {"Country", "countries"}, {"Organization", "organizations"},
            {"Person", "people"}, {"Event", "other events (disasters, epidemics, policy actions…)"}, {"Programme", "programmes"}, {"Claim", "attributed claims"},
            {"Statement", "ranked values"}, {"Source", "sources"}};

    private static final String COUNT = """
            PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
              ?x a/rdfs:subClassOf* cmi:%s .
              FILTER NOT EXISTS { ?x a/rdfs:subClassOf* cmi:Deployment . FILTER("%1$s" = "Event") }
            }""";
    private static final String SPAN = """
            PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>
            SELECT (MIN(?from) AS ?first) (MAX(?to) AS ?last) WHERE {
              ?d cmi:hostCountry ?c ; cmi:startEarliest ?from .
              OPTIONAL { ?d cmi:endLatest ?end } BIND(COALESCE(?end, ?from) AS ?to)
            }""";

    /** The summary kept in a build's figures. */
    static GraphSummary of(BuildFacts facts) {
        List<Count> counts = new ArrayList<>();
        for (String[] k : KINDS) counts.add(new Count(k[0], k[1], facts.records(k[0])));
        return new GraphSummary(counts, facts.firstYear(), facts.lastYear());
    }

    /** Counts the summary in the store (inside a read transaction). */
    static GraphSummary count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Count> counts = new ArrayList<>();
            for (String[] k : KINDS) {
                counts.add(new Count(k[0], k[1], number(one(dsg, COUNT.formatted(k[0])), "n")));
            }
            Binding span = one(dsg, SPAN);
            return new GraphSummary(counts, year(span, "first"), year(span, "last"));
        });
    }

    private static Binding one(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(query)).build()) {
            RowSet rows = exec.select();
            return rows.hasNext() ? rows.next() : Binding.noParent;
        }
    }

    private static long number(Binding b, String var) {
        var n = b.get(var);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static String year(Binding b, String var) {
        var n = b.get(var);
        return n == null ? "" : n.getLiteralLexicalForm().substring(0, 4);
    }
}
