package org.cmikg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.export.network.CsvShape;
import org.cmikg.export.network.NetworkExport;
import org.cmikg.export.network.NetworkFormat;
import org.cmikg.export.network.View;
import org.cmikg.export.quickstatements.QuickStatementsExport;
import org.cmikg.store.BuildInfo;
import org.cmikg.store.Store;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a network (a named view of views/, or a query file) for Gephi, yEd, Cytoscape, Graphviz, "
                + "spreadsheets or maps, to standard output. Edges keep their type, dates with their earliest and latest "
                + "bounds, rank and sources; the output names the release it comes from.",
                "Formats: gexf, graphml, dot, cytoscape, nodes-csv, edges-csv, geojson; and quickstatements: the facts of "
                + "the records linked to Wikidata, with their sources as references, for Wikidata's QuickStatements tool "
                + "(no --view or --query)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:unknown view, format or shape; bad period", "4:no store, or it is held by a running server",
                "5:the query file is missing, not valid SPARQL, or not a network query"})
final class ExportCommand implements Callable<Integer> {
    /**
     * RDF terms each of TDB2's node caches may hold during an export. An export reads each term a few times,
     * close together, so a small cache costs little time, and the heap an export needs no longer grows with
     * the store (TDB2's defaults, 200,000 and 1,000,000 terms, fill about 250 MB on a large store).
     */
    static final int NODE_CACHE_TERMS = 20_000;

    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    static final class What {
        @Option(names = "--view", paramLabel = "NAME", required = true, description = "A view of the views directory (views/NAME.rq).")
        String view;

        @Option(names = "--query", paramLabel = "FILE", required = true,
                description = "A query file: a SELECT returning ?source ?target (an edge list) or a CONSTRUCT (a graph).")
        Path query;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1") What what;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FMT",
            description = "gexf, graphml, dot, cytoscape, nodes-csv, edges-csv, geojson, quickstatements.")
    String format;

    @Option(names = "--lang", defaultValue = "en", description = "Language of labels: en or es. Default: ${DEFAULT-VALUE}")
    String lang;

    @Option(names = "--from", paramLabel = "YEAR", description = "Keep edges whose dates reach this year or later.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Keep edges whose dates begin in this year or earlier.")
    Integer to;

    @Option(names = "--focus", paramLabel = "IRI", description = "Only what touches this entity (binds ?focus in views that use it).")
    String focus;

    @Option(names = "--shape", defaultValue = "gephi", paramLabel = "TOOL",
            description = "Columns of nodes-csv and edges-csv: gephi, kumu or palladio. Default: ${DEFAULT-VALUE}")
    String shape;

    @Option(names = "--views", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/views",
            description = "Directory of named views (*.rq). Default: ${DEFAULT-VALUE}")
    Path views;

    @Override
    public Integer call() throws IOException {
        if (format.equals(QuickStatementsExport.FORMAT)) return quickStatements();
        if (what == null) throw usage("name what to export: --view NAME or --query FILE (only --format quickstatements needs neither)");
        NetworkFormat f = NetworkFormat.byKey(format).orElseThrow(() -> usage("--format " + format + " is not known; use one of " + NetworkFormat.keys()));
        CsvShape s = CsvShape.byKey(shape).orElseThrow(() -> usage("--shape " + shape + " is not known; use gephi, kumu or palladio"));
        if (!lang.equals("en") && !lang.equals("es")) throw usage("--lang " + lang + " is not offered; use en or es");
        if (from != null && to != null && from > to) throw usage("--from " + from + " is after --to " + to);
        String name;
        Query query;
        if (what.view != null) {
            View v = View.find(views, what.view).orElseThrow(() -> usage("--view " + what.view + ": no such view in " + views
                    + "; views: " + String.join(", ", View.list(views).stream().map(View::name).toList())));
            name = v.name();
            query = v.query();
        } else {
            name = "query";
            query = QueryCommand.parse(what.query);
            if (!query.isConstructType() && !(query.isSelectType()
                    && query.getResultVars().containsAll(java.util.List.of("source", "target")))) {
                throw new QueryFileException(what.query + ": export needs a CONSTRUCT or a SELECT returning ?source and ?target");
            }
        }
        Store st = store.open();
        DatasetGraph dsg = st.openCurrent(NODE_CACHE_TERMS);
        try {
            String build = st.current().map(BuildInfo::name).orElse("unknown");
            NetworkExport.create(dsg).query(query).name(name).release(NetworkExport.servedRelease(dsg, build))
                    .lang(lang).period(from, to).focus(focus == null ? null : NodeFactory.createURI(focus)).csvShape(s)
                    .build().write(f, () -> System.out);
            System.out.flush();
        } finally {
            Store.close(dsg);
        }
        return ExitCodes.OK;
    }

    /** The facts of the linked records (or of --focus) as QuickStatements V1; references retrieved the day the store was built. */
    private Integer quickStatements() {
        if (what != null) throw usage("--format quickstatements exports the facts of the linked records; it takes no --view or --query");
        Store st = store.open();
        DatasetGraph dsg = st.openCurrent();
        try {
            LocalDate built = st.current().map(b -> b.built().atZone(ZoneOffset.UTC).toLocalDate()).orElse(LocalDate.now(ZoneOffset.UTC));
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            QuickStatementsExport.Counts counts = Txn.calculateRead(dsg, () -> QuickStatementsExport.over(dsg)
                    .focus(focus == null ? null : NodeFactory.createURI(focus)).write(built, out));
            spec.commandLine().getErr().printf("quickstatements: %d statements in %d lines (one per reference); left out: "
                    + "%d whose value is not linked, %d uncertain dates or values Wikidata cannot hold, %d without a source URL%n",
                    counts.statements(), counts.lines(), counts.unlinkedValues(), counts.inexpressibleValues(), counts.unsourced());
        } finally {
            Store.close(dsg);
        }
        return ExitCodes.OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
