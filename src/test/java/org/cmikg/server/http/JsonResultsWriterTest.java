package org.cmikg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The JSON results the server writes are the document Jena's own writer makes, term for term. */
class JsonResultsWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    /** The registered writer, as the server's result writing finds it. */
    private static final RowSetWriter OURS = registered();

    /** Every kind of term and the characters JSON must escape, in rows with unbound variables. */
    private static final String TABLE = """
            (table (vars ?s ?o ?n)
              (row [?s <https://w3id.org/cmi-kg/id/person/che-guevara>] [?o "Ernesto \\"Che\\" Guevara"@es] [?n 1960])
              (row [?s _:b1] [?o "line one\\nline two\\ttab \\\\ back ü €"])
              (row [?o "1960-03-01"^^<http://www.w3.org/2001/XMLSchema#date>] [?n 2.5])
              (row [?s _:b1] [?o "مرحبا"@ar--rtl])
              (row [?s <<( <https://w3id.org/cmi-kg/id/a> <https://w3id.org/cmi-kg/ontology#p> "x"@en )>>])
              (row)
            )""";

    @Test
    void rowsAreWrittenAsJenaWritesThem() throws Exception {
        assertEquals(jena(TABLE), ours(TABLE));
    }

    @Test
    void anEmptyResultHasItsVariablesAndNoBindings() throws Exception {
        String empty = "(table (vars ?x ?y))";
        JsonNode ours = ours(empty);
        assertEquals(jena(empty), ours);
        assertEquals(List.of("x", "y"), MAPPER.convertValue(ours.at("/head/vars"), List.class));
        assertEquals(0, ours.at("/results/bindings").size());
    }

    @Test
    void askAnswersAreWrittenAsJenaWritesThem() throws Exception {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
            JENA.write(a, answer, Context.emptyContext());
            OURS.write(b, answer, Context.emptyContext());
            assertEquals(MAPPER.readTree(a.toByteArray()), MAPPER.readTree(b.toByteArray()));
        }
    }

    private static JsonNode jena(String table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JENA.write(out, rows(table), Context.emptyContext());
        return MAPPER.readTree(out.toByteArray());
    }

    private static JsonNode ours(String table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OURS.write(out, rows(table), Context.emptyContext());
        return MAPPER.readTree(out.toByteArray());
    }

    private static RowSet rows(String table) {
        return SSE.parseTable(table).toRowSet();
    }

    private static RowSetWriter registered() {
        JsonResultsWriter.register();
        return RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON);
    }
}
