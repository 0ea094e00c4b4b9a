package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GraphML exports are read by networkx with the view's nodes, edges, labels and typed attributes. */
class GraphmlTest {
    private static final String NETWORKX = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.stdin.buffer)
            labelled = sum(1 for _, d in g.nodes(data=True) if d.get("label"))
            typed = sum(1 for _, _, d in g.edges(data=True) if d.get("type"))
            print(g.number_of_nodes(), g.number_of_edges(), labelled, typed)
            """;

    static Stream<View> views() { return ViewsTest.views(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void readByNetworkx(View v) throws Exception {
        String graphml = BundledStore.export(v, NetworkFormat.GRAPHML);
        BundledStore.Counts expected = BundledStore.counts(v.query());
        String[] read = Consumers.python(NETWORKX, graphml).split(" ");
        assertEquals(expected.nodes(), Integer.parseInt(read[0]), "nodes");
        assertEquals(expected.edges(), Integer.parseInt(read[1]), "edges");
        assertEquals(expected.nodes(), Integer.parseInt(read[2]), "every node has its label");
        assertEquals(expected.edges(), Integer.parseInt(read[3]), "every edge has its type");
        assertTrue(graphml.contains("<y:NodeLabel>") && graphml.contains("<y:EdgeLabel>"), "yEd labels");
        assertTrue(graphml.contains("release test"), "names the release");
    }
}
