package org.cmikg.load.csv;

import static org.cmikg.load.EntityColumns.join;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.cmikg.load.EntityColumns;
import org.cmikg.load.RecordContext;
import org.cmikg.load.RecordLoader;
import org.cmikg.records.Column;
import org.cmikg.records.Problem;
import org.cmikg.records.ProblemReporter;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/**
 * {@code organizations.csv}: government bodies, schools, brigades, international and other organizations.
 * An organization's parents must not lead back to it: one that is its own parent, or part of a cycle of
 * parents, is refused (queries that walk {@code cmi:parentOrganization*} would otherwise loop or lie).
 */
public final class OrganizationsLoader extends RecordLoader {
    /** Each organization's parent and the line that says so, kept for the cycle check (IDs only). */
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, Long> lines = new HashMap<>();

    public OrganizationsLoader() {
        super(RecordType.ORGANIZATION, join(Column.required("kind"), EntityColumns.NAMES, Column.optional("country"),
                Column.optional("parent"), Column.optional("start"), Column.optional("end"), Column.optional("publisher_kind"), EntityColumns.DESCRIPTION,
                EntityColumns.SOURCES));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.kindClass(row, CMI.Organization).ifPresent(c -> cx.add(s, Ext.type, c));
        EntityColumns.names(row, s, cx);
        cx.ref(row, "country", RecordType.COUNTRY).ifPresent(c -> cx.add(s, CMI.country, c));
        Optional<String> parent = row.text("parent");
        if (parent.isPresent() && parent.get().equals(id)) {
            row.problem("parent", "'" + id + "' is this organization itself; an organization cannot be its own parent");
        } else {
            cx.ref(row, "parent", RecordType.ORGANIZATION).ifPresent(p -> cx.add(s, CMI.parentOrganization, p));
            parent.ifPresent(p -> { parents.put(id, p); lines.put(id, row.line()); });
        }
        EntityColumns.span(row, s, cx);
        cx.concept(row, "publisher_kind", "publisher-kind").ifPresent(k -> cx.add(s, CMI.publisherKind, k));
        EntityColumns.description(row, s, cx);
        EntityColumns.sources(row, s, cx);
    }

    @Override
    protected void finish(Path file, ProblemReporter problems) {
        Set<String> reported = new HashSet<>();
        for (String start : parents.keySet()) {
            List<String> path = new ArrayList<>(List.of(start));
            for (String p = parents.get(start); p != null && path.size() <= parents.size(); p = parents.get(p)) {
                if (p.equals(start)) {
                    if (path.stream().noneMatch(reported::contains)) {
                        reported.addAll(path);
                        String first = path.stream().min((a, b) -> Long.compare(lines.get(a), lines.get(b))).orElseThrow();
                        Collections.rotate(path, -path.indexOf(first));
                        path.add(first);
                        problems.report(new Problem(file, lines.get(first), 0, "parent", "the parents of '" + first
                                + "' lead back to it (" + String.join(" -> ", path) + "); an organization cannot be "
                                + "part of itself: correct one of these parents"));
                    }
                    break;
                }
                if (path.contains(p)) break; // a cycle that does not include start: reported from its own members
                path.add(p);
            }
        }
    }
}
