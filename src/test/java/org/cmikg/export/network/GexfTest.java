package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.xml.sax.ErrorHandlerImpl;

/**
 * GEXF 1.3 exports are valid against the GEXF 1.3 RELAX NG grammar (checked by Jing) and read by networkx with
 * as many nodes and edges as the view's SPARQL returns on the store.
 * <p>
 * networkx 2.8.8 (Debian's) knows only the GEXF 1.1draft and 1.2draft namespaces; the reading script registers
 * the 1.3 namespace ({@code http://gexf.net/1.3}) under the version key "1.3" before reading, which is the only
 * change: the elements and attributes it reads (nodes, edges, attvalues, spells) are the same in 1.2 and 1.3.
 */
class GexfTest {
    private static final Path GRAMMAR = Path.of("src/test/resources/spec/gexf-1.3/gexf.rng");

    static final String NETWORKX = """
            import sys, networkx as nx
            from networkx.readwrite.gexf import GEXF
            GEXF.versions["1.3"] = dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                        NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
            g = nx.read_gexf(sys.stdin.buffer, version="1.3")
            print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())
            """;

    static Stream<View> views() { return ViewsTest.views(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void validAgainstTheGrammarAndReadByNetworkx(View v) throws Exception {
        String gexf = BundledStore.export(v, NetworkFormat.GEXF);
        assertValid(gexf, v.name());
        BundledStore.Counts expected = BundledStore.counts(v.query());
        String[] read = Consumers.python(NETWORKX, gexf).split(" ");
        assertEquals(expected.nodes(), Integer.parseInt(read[0]), v.name() + " nodes");
        assertEquals(expected.edges(), Integer.parseInt(read[1]), v.name() + " edges");
        assertEquals("True", read[2]);
        assertTrue(gexf.contains("release test"), "names the release");
    }

    /** A CONSTRUCT: IRIs are nodes, IRI-valued triples typed edges, literals declared node attributes. */
    @Test
    void aConstructBecomesAGraphWithLiteralAttributes() throws Exception {
        String construct = """
                PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>
                CONSTRUCT { ?d cmi:hostCountry ?c ; cmi:purpose ?p ; cmi:personnel ?n }
                WHERE { ?d cmi:hostCountry ?c ; cmi:purpose ?p . OPTIONAL { ?d cmi:personnel ?n } }""";
        var query = org.apache.jena.query.QueryFactory.create(construct);
        String gexf = BundledStore.export(NetworkExport.create(BundledStore.dataset()).query(query), NetworkFormat.GEXF);
        assertValid(gexf, "construct");
        assertTrue(gexf.contains("<attribute id=\"purpose\"") && gexf.contains("<attribute id=\"personnel\""), "declared");
        String select = """
                PREFIX cmi: <https://w3id.org/cmi-kg/ontology#>
                SELECT DISTINCT ?source ?target WHERE { ?source cmi:hostCountry ?target ; cmi:purpose ?p }""";
        BundledStore.Counts expected = BundledStore.counts(org.apache.jena.query.QueryFactory.create(select));
        String[] read = Consumers.python(NETWORKX, gexf).split(" ");
        assertEquals(expected.nodes(), Integer.parseInt(read[0]), "nodes, each once whatever its literals");
        assertEquals(expected.edges(), Integer.parseInt(read[1]), "edges");
    }

    private static void assertValid(String gexf, String what) throws Exception {
        StringBuilder errors = new StringBuilder();
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandlerImpl(new java.io.PrintWriter(new java.io.Writer() {
            @Override public void write(char[] c, int off, int len) { errors.append(c, off, len); }
            @Override public void flush() { }
            @Override public void close() { }
        })));
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(GRAMMAR.toFile())), "grammar loads");
        boolean valid = driver.validate(new InputSource(new StringReader(gexf)));
        assertTrue(valid, what + ": " + errors);
    }
}
