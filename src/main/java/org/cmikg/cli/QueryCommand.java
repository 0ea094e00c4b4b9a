package org.cmikg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.cmikg.server.federation.FederationPolicy;
import org.apache.jena.query.QueryDeniedException;
import org.cmikg.store.Store;
import org.cmikg.vocab.Namespaces;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file against the store and print the results.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the query ran", "4:no store, or it is held by a running server",
                "5:the query file is missing or not valid SPARQL, ran past --timeout, or calls a SERVICE off the allow-list"})
final class QueryCommand implements Callable<Integer> {

    /** Output formats; the first four are for SELECT and ASK, the rest for CONSTRUCT and DESCRIBE. */
    enum Format { text, json, csv, tsv, xml, ttl, nt, jsonld, rdfxml }

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text, json, csv, tsv, xml (SELECT/ASK); ttl, nt, jsonld, rdfxml (CONSTRUCT/DESCRIBE). "
                    + "Default: text for SELECT/ASK, ttl otherwise.")
    Format format;

    @Mixin StoreOptions store;

    @Mixin FederationOptions services;

    @Spec CommandSpec spec;

    long timeoutSeconds;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "Stop the query if it runs longer than this, 1 to 86400. Default: ${DEFAULT-VALUE}")
    void timeout(long value) {
        timeoutSeconds = OptionRange.check(spec, "--timeout", value, 1, 86_400, "a query cannot run without a time limit");
    }

    @Override
    public Integer call() {
        Query query = parse(file);
        FederationPolicy federation = services.policy();
        try {
            federation.check(query);
        } catch (QueryDeniedException e) {
            throw new QueryFileException(file + ": " + e.getMessage());
        }
        Store s = store.open();
        DatasetGraph dsg = s.openCurrent();
        federation.install(dsg.getContext());
        try {
            PrintStream out = System.out;
            Txn.executeRead(dsg, () -> run(query, dsg, out));
            out.flush();
        } catch (QueryCancelledException e) {
            System.out.flush();
            throw new QueryFileException(file + ": stopped after " + timeoutSeconds + " s (--timeout); what was printed is incomplete. "
                    + "Narrow the query or give it more time with --timeout SECONDS");
        } catch (QueryDeniedException e) {
            throw new QueryFileException(file + ": " + e.getMessage());
        } finally {
            Store.close(dsg);
        }
        return ExitCodes.OK;
    }

    static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new QueryFileException(file + ": no such query file");
        } catch (IOException e) {
            throw new QueryFileException(file + ": cannot be read: " + e.getMessage());
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? ":" + e.getLine() + ":" + e.getColumn() : "";
            throw new QueryFileException(file + where + ": not valid SPARQL: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void run(Query query, DatasetGraph dsg, OutputStream out) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            if (query.isSelectType()) {
                var rs = org.apache.jena.query.ResultSet.adapt(exec.select());
                Format f = format == null ? Format.text : format;
                if (f == Format.text) ResultSetFormatter.out(out, rs, query.getPrologue());
                else ResultSetMgr.write(out, rs, resultLang(f));
            } else if (query.isAskType()) {
                boolean b = exec.ask();
                Format f = format == null ? Format.text : format;
                if (f == Format.text) new PrintStream(out, true).println(b ? "yes" : "no");
                else ResultSetMgr.write(out, b, resultLang(f));
            } else {
                Format f = format == null ? Format.ttl : format;
                writeGraph(query, exec, f, out);
            }
        }
    }

    private static void writeGraph(Query query, QueryExec exec, Format f, OutputStream out) {
        switch (f) {
            case ttl, nt -> {
                // Streamed: the results are never held in memory.
                StreamRDF w = StreamRDFWriter.getWriterStream(out, f == Format.nt ? RDFFormat.NTRIPLES : RDFFormat.TURTLE_BLOCKS);
                w.start();
                Namespaces.prefixes(Namespaces.BASE).getNsPrefixMap().forEach(w::prefix);
                query.getPrefixMapping().getNsPrefixMap().forEach(w::prefix);
                StreamRDFOps.sendTriplesToStream(query.isDescribeType() ? exec.describeTriples() : exec.constructTriples(), w);
                w.finish();
            }
            case jsonld, rdfxml -> {
                var g = query.isDescribeType() ? exec.describe() : exec.construct();
                g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(Namespaces.BASE));
                RDFDataMgr.write(out, g, f == Format.jsonld ? Lang.JSONLD : Lang.RDFXML);
            }
            default -> throw new QueryFileException("--format " + f + " is for SELECT and ASK; use ttl, nt, jsonld or rdfxml");
        }
    }

    private static Lang resultLang(Format f) {
        return switch (f) {
            case json -> ResultSetLang.RS_JSON;
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case xml -> ResultSetLang.RS_XML;
            default -> throw new QueryFileException("--format " + f + " is for CONSTRUCT and DESCRIBE; use text, json, csv, tsv or xml");
        };
    }
}
