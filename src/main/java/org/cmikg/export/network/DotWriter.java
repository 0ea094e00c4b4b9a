package org.cmikg.export.network;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;

/**
 * Graphviz DOT: a {@code digraph} whose nodes carry their label and attributes and whose edges carry their type
 * as label, with dates, rank and sources as further attributes (Graphviz keeps unknown attributes; {@code dot}
 * ignores them when drawing). The provenance is a comment at the top.
 */
final class DotWriter implements NetworkWriter {
    private final Writer w;

    DotWriter(OutputStream out) { this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)); }

    @Override
    public void begin(Provenance p, SortedSet<String> extra) throws IOException {
        w.write("/* " + p.line().replace("*/", "* /") + "\n   query:\n" + p.query().replace("*/", "* /") + "*/\n");
        w.write("digraph " + quote("cmi-kg " + p.name()) + " {\n");
        w.write("  graph [label=" + quote("cmi-kg " + p.name() + ", release " + p.release()) + ", labelloc=t];\n");
        w.write("  node [shape=box, style=rounded];\n");
    }

    @Override
    public void node(ExportNode n) throws IOException {
        w.write("  " + quote(n.id()) + " [label=" + quote(n.label()) + ", kind=" + quote(n.kind()));
        if (!n.wikidata().isEmpty()) w.write(", wikidata=" + quote(n.wikidata()));
        if (!n.url().isEmpty()) w.write(", URL=" + quote(n.url()));
        attr("start", n.start());
        attr("end", n.end());
        for (var e : n.extra().entrySet()) attr(e.getKey(), e.getValue());
        w.write("];\n");
    }

    @Override
    public void edge(ExportEdge e) throws IOException {
        w.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [id=" + quote(e.id()) + ", label=" + quote(e.label())
                + ", type=" + quote(e.type()));
        attr("start", e.start());
        attr("end", e.end());
        attr("startEarliest", e.startEarliest());
        attr("startLatest", e.startLatest());
        attr("endEarliest", e.endEarliest());
        attr("endLatest", e.endLatest());
        attr("rank", e.rank());
        attr("sources", e.sourcesJoined());
        if (e.weight() != null) {
            // dot's own weight must be a whole number; the value as given is kept beside it
            attr("value", Double.toString(e.weight()));
            if (e.weight() >= 0 && e.weight() == Math.rint(e.weight())) w.write(", weight=" + e.weight().longValue());
        }
        w.write("];\n");
    }

    private void attr(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) w.write(", " + name + "=" + quote(value));
    }

    @Override
    public void end() throws IOException {
        w.write("}\n");
        w.flush();
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
    }
}
