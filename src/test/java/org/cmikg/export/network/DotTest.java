package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DOT exports are drawn by Graphviz's {@code dot -Tsvg}: as many node and edge groups as the view has. */
class DotTest {
    static Stream<View> views() { return ViewsTest.views(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void renderedByGraphviz(View v) throws Exception {
        String dot = BundledStore.export(v, NetworkFormat.DOT);
        String svg = Consumers.run(List.of("dot", "-Tsvg"), dot);
        BundledStore.Counts expected = BundledStore.counts(v.query());
        assertEquals(expected.nodes(), count(svg, "<g id=\"[^\"]*\" class=\"node\""), "node groups");
        assertEquals(expected.edges(), count(svg, "<g id=\"[^\"]*\" class=\"edge\""), "edge groups");
        assertTrue(dot.startsWith("/* cmi-kg") && dot.contains("release test"), "provenance comment");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
