package org.cmikg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.quality.QualityReport;
import org.cmikg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Print the data-quality report of the store: counts by type, facts with a single source, "
                + "contested values, Wikidata links per kind (linked, with candidates, searched without an item, not checked, "
                + "goal figure: share linked of the entities that may have an item); then the checks (unsourced records, "
                + "dangling references, duplicate entities), which must find nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "3:a check found problems (listed)", "4:no store, or it is in use"})
final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/queries/quality",
            description = "Directory with checks/ and metrics/ query files. Default: ${DEFAULT-VALUE}")
    Path queries;

    @Override
    public Integer call() {
        Store s = store.open();
        DatasetGraph dsg = s.openCurrent();
        try {
            QualityReport report = QualityReport.run(queries, dsg);
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
            return report.passed() ? ExitCodes.OK : ExitCodes.INVALID_DATA;
        } finally {
            Store.close(dsg);
        }
    }
}
