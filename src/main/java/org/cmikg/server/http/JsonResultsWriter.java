package org.cmikg.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SPARQL 1.1 query results in JSON, written with Jackson's streaming generator.
 *
 * <p>Why: Jena's own JSON writer quotes every URI and literal through a fresh {@code StringWriter}, one character at
 * a time; on a lookup returning 350 rows that was 60% of the server's CPU per request (a profile of the 50× store,
 * bench/README.md). This writer streams the same document (same members, same order, same blank-node labelling,
 * RDF 1.2 triple terms and base directions included) through one buffered generator. Registered for
 * {@link ResultSetLang#RS_JSON} by {@link #register()}, it serves {@code /sparql}, the exports and {@code cmi query}.
 */
public final class JsonResultsWriter implements RowSetWriter {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
    private static final String RDF_DIR_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString";

    private JsonResultsWriter() {}

    /** Makes this the writer of {@code application/sparql-results+json} for the whole JVM. */
    public static void register() {
        JenaSystem.init();
        RowSetWriter writer = new JsonResultsWriter();
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> writer);
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            write(json, rows, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, rows, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean answer, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("head");
            json.writeEndObject();
            json.writeBooleanField("boolean", answer);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator json, RowSet rows, Context context) throws IOException {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        boolean graphLabels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
        NodeToLabel labels = graphLabels ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        List<Var> vars = rows.getResultVars();
        json.writeStartObject();
        json.writeObjectFieldStart("head");
        json.writeArrayFieldStart("vars");
        for (Var v : vars) json.writeString(v.getVarName());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("results");
        json.writeArrayFieldStart("bindings");
        while (rows.hasNext()) {
            Binding row = rows.next();
            json.writeStartObject();
            for (Var v : vars) {
                Node value = row.get(v);
                if (value == null) continue;
                json.writeFieldName(v.getVarName());
                term(json, value, labels);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void term(JsonGenerator json, Node node, NodeToLabel labels) throws IOException {
        json.writeStartObject();
        if (node.isURI()) {
            json.writeStringField("type", "uri");
            json.writeStringField("value", node.getURI());
        } else if (node.isLiteral()) {
            json.writeStringField("type", "literal");
            String lang = node.getLiteralLanguage();
            String datatype = node.getLiteralDatatypeURI();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("xml:lang", lang);
                if (node.getLiteralBaseDirection() != null)
                    json.writeStringField("its:dir", node.getLiteralBaseDirection().direction());
            } else if (datatype != null && !datatype.equals(XSD_STRING) && !datatype.equals(RDF_LANG_STRING)
                    && !datatype.equals(RDF_DIR_LANG_STRING)) {
                json.writeStringField("datatype", datatype);
            }
            json.writeStringField("value", node.getLiteralLexicalForm());
        } else if (node.isBlank()) {
            json.writeStringField("type", "bnode");
            json.writeStringField("value", labels.get(null, node).substring(2));  // "_:b0" -> "b0"
        } else if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            json.writeStringField("type", "triple");
            json.writeObjectFieldStart("value");
            json.writeFieldName("subject");
            term(json, t.getSubject(), labels);
            json.writeFieldName("predicate");
            term(json, t.getPredicate(), labels);
            json.writeFieldName("object");
            term(json, t.getObject(), labels);
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("not an RDF term: " + node);
        }
        json.writeEndObject();
    }
}
