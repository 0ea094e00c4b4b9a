package org.cmikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.cmikg.export.Release;
import org.cmikg.store.Store;
import org.cmikg.store.StoreException;

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
        exitCodeList = {"0:released", "2:VERSION is not a semantic version, or is released already (a release is never overwritten)", "3:the records have problems (nothing released)",
                "4:the store or the release folder cannot be written (nothing released, the store unchanged)"})
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
        Path dir = out.resolve(version);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "release " + version + " exists already in " + dir
                    + "; a release is never overwritten (others may cite it): choose a new version");
        }
        Store s = store.open();
        Path staging = staging();
        Map<String, String> sums = new LinkedHashMap<>();
        try {
            // The dumps are written from the new build before it becomes current, then moved into place in one rename:
            // a release that cannot be written leaves neither a stamped store nor a partial folder.
            Rebuild.run(data, s, release, (dsg, build) -> {
                sums.putAll(release.write(dsg, staging));
                moveIntoPlace(staging, dir);
            }, w);
        } finally {
            deleteTree(staging);
        }
        try {
            Files.copy(dir.resolve("CITATION.cff"), citation, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("release " + version + " is written to " + dir + ", but its CITATION.cff could not be copied to "
                    + citation + ": " + e.getMessage());
        }
        sums.forEach((name, sum) -> w.printf("%s  %s%n", sum, name));
        w.printf("release %s (%s) written to %s%n", version, release.date(), dir);
        w.flush();
        return ExitCodes.OK;
    }

    /** A fresh folder beside where the release goes (same file system, so the final move is a rename). */
    private Path staging() {
        try {
            Files.createDirectories(out);
            return Files.createTempDirectory(out, "." + version + ".writing-");
        } catch (IOException e) {
            throw new StoreException("cannot write releases into " + out + " (" + reason(e) + "); nothing was released and the store is unchanged; "
                    + "choose another folder with --out");
        }
    }

    private static void moveIntoPlace(Path staging, Path dir) {
        try {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot move the release into " + dir + " (" + reason(e) + "); nothing was released and the store is unchanged");
        }
    }

    /** What went wrong, in words: Java names only the file for these. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + " is a file, not a folder";
        if (e instanceof java.nio.file.AccessDeniedException a) return "no permission to write " + a.getFile();
        if (e instanceof java.nio.file.NoSuchFileException n) return n.getFile() + " does not exist";
        return e.getMessage();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A hidden leftover folder; the next release does not read it.
        }
    }
}
