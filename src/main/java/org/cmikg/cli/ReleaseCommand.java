package org.cmikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.export.Release;
import org.cmikg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Make a citable release: rebuild the store with the version and date stamped on the data, then write "
                + "the dumps (N-Quads gzip, TriG, Turtle, JSON-LD), their SHA-256 checksums and a CITATION.cff.",
                "A server started on that store reports the release in /void and on its landing page."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:released", "2:VERSION is not a semantic version", "3:the records have problems (nothing released)",
                "4:the store cannot be written"})
final class ReleaseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "VERSION", description = "The release's semantic version, e.g. 0.1.0")
    String version;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Release date. Default: today")
    LocalDate date;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/releases",
            description = "Where releases go; this one goes to DIR/VERSION. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--citation", paramLabel = "FILE", defaultValue = "${sys:cmi.home:-.}/CITATION.cff",
            description = "Also write the release's CITATION.cff here. Default: ${DEFAULT-VALUE}")
    Path citation;

    @Override
    public Integer call() {
        Release release;
        try {
            release = new Release(version, date == null ? LocalDate.now() : date);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        Store s = store.open();
        Rebuild.run(data, s, release, w);
        Path dir = out.resolve(version);
        DatasetGraph dsg = s.openCurrent();
        Map<String, String> sums;
        try {
            sums = release.write(dsg, dir);
        } finally {
            Store.close(dsg);
        }
        try {
            Files.copy(dir.resolve("CITATION.cff"), citation, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sums.forEach((name, sum) -> w.printf("%s  %s%n", sum, name));
        w.printf("release %s (%s) written to %s%n", version, release.date(), dir);
        w.flush();
        return ExitCodes.OK;
    }
}
