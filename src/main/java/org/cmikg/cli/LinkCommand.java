package org.cmikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.cmikg.link.AcceptedLinks;
import org.cmikg.link.Entity;
import org.cmikg.link.Progress;
import org.cmikg.link.Reconciler;
import org.cmikg.link.ReviewFile;
import org.cmikg.link.ServiceSettings;
import org.cmikg.link.UnlinkedEntities;
import org.cmikg.link.WikidataClient;
import org.cmikg.load.LoadReport;
import org.cmikg.load.Loader;
import org.cmikg.model.Iris;
import org.cmikg.records.RecordType;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Propose Wikidata items for the records that have no link yet, into a review file; "
                + "or, with --accept, add the rows a reviewer accepted to data/links.csv.",
                "Candidates come from the entity search of a Wikidata-compatible service and are scored on name, "
                + "type (P31/P279*), country and dates. A clear winner (score >= --threshold, and --margin ahead of "
                + "the next) is marked 'accept' in the review file; nothing reaches links.csv without --accept and a reviewer."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the review file was written, or the accepted links were added",
                "2:wrong usage (--accept without --reviewer, a review file that exists without --overwrite)",
                "3:the records or the review file have problems; links.csv is unchanged",
                "7:the service failed after its retries"})
final class LinkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Option(names = "--review", paramLabel = "FILE", defaultValue = "link-review.csv",
            description = "Review file to write (CSV). Default: ${DEFAULT-VALUE}")
    Path review;

    @Option(names = "--overwrite", description = "Replace the review file if it exists (a reviewer's decisions in it are lost).")
    boolean overwrite;

    @Option(names = "--accept", paramLabel = "FILE",
            description = "Instead of reconciling, append the rows of this review file whose decision is 'accept' to links.csv.")
    Path accept;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Who reviewed the accepted rows (required with --accept).")
    String reviewer;

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Reconcile only these records (comma-separated IDs).")
    Set<String> only;

    @Option(names = "--sparql-url", paramLabel = "URL", description = "SPARQL endpoint. Default: ${DEFAULT-VALUE}")
    URI sparql = ServiceSettings.WIKIDATA_SPARQL;

    @Option(names = "--search-url", paramLabel = "URL",
            description = "MediaWiki API (api.php) for action=wbsearchentities. Default: ${DEFAULT-VALUE}")
    URI search = ServiceSettings.WIKIDATA_SEARCH;

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent of every request. Default: ${DEFAULT-VALUE}")
    String userAgent = ServiceSettings.USER_AGENT;

    @Option(names = "--rate", paramLabel = "N", description = "Requests a second at most. Default: ${DEFAULT-VALUE}")
    double rate = ServiceSettings.DEFAULT_REQUESTS_PER_SECOND;

    @Option(names = "--tries", paramLabel = "N",
            description = "Tries of a request answered 429, 5xx or not at all, before giving up. Default: ${DEFAULT-VALUE}")
    int tries = ServiceSettings.DEFAULT_TRIES;

    @Option(names = "--backoff", paramLabel = "SECONDS",
            description = "Wait before the second try when the service sends no Retry-After; doubles each try. Default: ${DEFAULT-VALUE}")
    double backoff = 2;

    @Option(names = "--max-wait", paramLabel = "SECONDS",
            description = "Longest wait accepted between tries (a longer Retry-After fails). Default: ${DEFAULT-VALUE}")
    long maxWait = 60;

    @Option(names = "--threshold", paramLabel = "SCORE", description = "Least score of a clear winner (0 to 1). Default: ${DEFAULT-VALUE}")
    double threshold = Reconciler.Rules.DEFAULT.threshold();

    @Option(names = "--margin", paramLabel = "POINTS", description = "Least lead of a clear winner over the next candidate (0 to 1). Default: ${DEFAULT-VALUE}")
    double margin = Reconciler.Rules.DEFAULT.margin();

    @Option(names = "--candidates", paramLabel = "N", description = "Candidates written per record. Default: ${DEFAULT-VALUE}")
    int candidates = Reconciler.Rules.DEFAULT.rowsPerRecord();

    @Override
    public Integer call() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        LoadReport records = Loader.create(data.data, data.ontology).withInference(!data.noInference).load(StreamRDFLib.dataset(dsg));
        PrintWriter out = spec.commandLine().getOut();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (accept != null) {
            if (reviewer == null || reviewer.isBlank()) {
                throw usage("--accept needs --reviewer NAME: who checked the accepted rows");
            }
            acceptLinks(records, today, out);
        } else {
            reconcile(dsg, today, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void reconcile(DatasetGraph dsg, LocalDate today, PrintWriter out) throws IOException {
        if (Files.exists(review) && !overwrite) {
            throw usage(review + " exists and may hold a reviewer's decisions; give another --review FILE, or --overwrite");
        }
        if (!(rate > 0) || tries < 1 || candidates < 1 || !(backoff >= 0) || maxWait < 0) {
            throw usage("--rate and --backoff must be positive numbers, --tries and --candidates at least 1");
        }
        if (threshold < 0 || threshold > 1 || margin < 0 || margin > 1) {
            throw usage("--threshold and --margin are scores from 0 to 1 (e.g. --threshold 0.9 --margin 0.1)");
        }
        List<Entity> entities = UnlinkedEntities.in(dsg, Iris.DEFAULT).stream()
                .filter(e -> only == null || only.contains(e.id())).toList();
        ServiceSettings settings = ServiceSettings.wikidata().withEndpoints(sparql, search).withUserAgent(userAgent).withRate(rate)
                .withRetries(tries, Duration.ofMillis((long) (backoff * 1000)), Duration.ofSeconds(maxWait));
        Reconciler reconciler = new Reconciler(new WikidataClient(settings),
                new Reconciler.Rules(threshold, margin, Reconciler.Rules.DEFAULT.hitsPerName(), candidates));
        Reconciler.Summary summary;
        try (Writer w = Files.newBufferedWriter(review, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                     .setHeader(ReviewFile.HEADER.toArray(String[]::new)).get());
             Progress progress = ConsoleProgress.forConsole("cmi link")) {
            summary = reconciler.reconcile(entities, csv, today, progress);
        }
        out.println(summary);
        out.println("review file: " + review + " (mark rows 'accept' in the decision column, then: cmi link --accept "
                + review + " --reviewer NAME)");
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Appends, then checks that the records still load; on a problem links.csv, link-candidates.csv and link-searches.csv are put back. */
    private void acceptLinks(LoadReport records, LocalDate today, PrintWriter out) throws IOException {
        Map<Path, Path> backups = new LinkedHashMap<>();
        for (RecordType t : List.of(RecordType.LINK, RecordType.LINK_CANDIDATE, RecordType.LINK_SEARCH)) {
            Path file = data.data.resolve(t.fileName());
            backups.put(file, Files.exists(file) ? Files.copy(file, Files.createTempFile("cmi-link-", ".csv"), StandardCopyOption.REPLACE_EXISTING) : null);
        }
        try {
            AcceptedLinks.Result added = AcceptedLinks.append(accept, data.data, reviewer, today,
                    id -> records.ids().lookup(id).map(e -> RecordType.LINKABLE.contains(e.type())).orElse(false));
            Loader.create(data.data, data.ontology).validate();
            int n = added.links().size();
            out.println("added " + n + (n == 1 ? " link" : " links") + " to " + data.data.resolve(RecordType.LINK.fileName())
                    + " (method " + AcceptedLinks.METHOD + ", reviewer " + reviewer.strip() + ", " + today + ")");
            for (AcceptedLinks.Link l : added.links()) out.println("  " + l.record() + " -> " + l.qid());
            if (!added.candidateLinesRemoved().isEmpty()) {
                out.println("removed the candidate rows they replace from " + data.data.resolve(RecordType.LINK_CANDIDATE.fileName())
                        + " (lines " + added.candidateLinesRemoved() + ")");
            }
            if (!added.searchLinesRemoved().isEmpty()) {
                out.println("removed the rows of earlier searches that found no item from "
                        + data.data.resolve(RecordType.LINK_SEARCH.fileName()) + " (lines " + added.searchLinesRemoved() + ")");
            }
        } catch (RuntimeException e) {
            for (Map.Entry<Path, Path> b : backups.entrySet()) {
                if (b.getValue() != null) Files.copy(b.getValue(), b.getKey(), StandardCopyOption.REPLACE_EXISTING);
                else Files.deleteIfExists(b.getKey());
            }
            throw e;
        } finally {
            for (Path copy : backups.values()) if (copy != null) Files.deleteIfExists(copy);
        }
    }
}
