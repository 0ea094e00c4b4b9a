package org.cmikg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.export.network.CsvShape;
import org.cmikg.export.network.NetworkExport;
import org.cmikg.export.network.NetworkFormat;
import org.cmikg.export.network.View;
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
                "Formats: gexf, graphml, dot, cytoscape, nodes-csv, edges-csv, geojson."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:unknown view, format or shape; bad period", "4:no store, or it is held by a running server",
                "5:the query file is missing, not valid SPARQL, or not a network query"})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    static final class What {
        @Option(names = "--view", paramLabel = "NAME", required = true, description = "A view of the views directory (views/NAME.rq).")
        String view;

        @Option(names = "--query", paramLabel = "FILE", required = true,
                description = "A query file: a SELECT returning ?source ?target (an edge list) or a CONSTRUCT (a graph).")
        Path query;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") What what;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FMT",
            description = "gexf, graphml, dot, cytoscape, nodes-csv, edges-csv, geojson.")
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
        DatasetGraph dsg = st.openCurrent();
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

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
