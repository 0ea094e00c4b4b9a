package org.cmikg.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The checks on the data folder as a whole, made before any row is read: every record file is there,
 * is a regular, readable file inside the folder, and no other CSV file sits beside them (a misnamed
 * file would otherwise be ignored, and its records lost without a word). A problem found here stops
 * the load: the rows would only bring hundreds of follow-on errors.
 */
public final class RecordFiles {
    private RecordFiles() {}

    /** Reports every file-level problem of {@code dataDir}; returns true when there is none. */
    public static boolean check(Path dataDir, ProblemReporter problems) {
        if (!Files.isDirectory(dataDir)) {
            problems.report(Problem.ofFile(dataDir, "is not a directory of record files; give one with --data"));
            return false;
        }
        boolean ok = true;
        Path realDir;
        try {
            realDir = dataDir.toRealPath();
        } catch (IOException e) {
            problems.report(Problem.ofFile(dataDir, "cannot be read: " + e.getMessage()));
            return false;
        }
        if (Arrays.stream(RecordType.values()).noneMatch(t -> Files.exists(dataDir.resolve(t.fileName()), LinkOption.NOFOLLOW_LINKS))) {
            problems.report(Problem.ofFile(dataDir, "holds none of the record files (" + String.join(", ", fileNames())
                    + "); give the data directory with --data"));
            return false;
        }
        for (RecordType type : RecordType.values()) {
            ok &= checkFile(dataDir.resolve(type.fileName()), realDir, problems);
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && !isRecordFile(name)) {
                    problems.report(Problem.ofFile(f, "is not a record file, so its rows would be ignored; "
                            + suggestion(name) + "the record files are " + String.join(", ", fileNames())));
                    ok = false;
                }
            }
        } catch (IOException e) {
            problems.report(Problem.ofFile(dataDir, "cannot be listed: " + e.getMessage()));
            ok = false;
        }
        return ok;
    }

    private static boolean checkFile(Path file, Path realDir, ProblemReporter problems) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.report(Problem.ofFile(file, "is missing; every record file must be present (restore it, e.g. with "
                    + "'git checkout -- " + Problem.displayPath(file) + "', or, for no records of this kind, "
                    + "leave only the header row in it)"));
            return false;
        }
        if (Files.isSymbolicLink(file)) {
            try {
                Path target = file.toRealPath();
                if (!target.startsWith(realDir)) {
                    problems.report(Problem.ofFile(file, "is a symbolic link to " + target
                            + ", outside the data folder; copy the file into the folder instead"));
                    return false;
                }
            } catch (IOException e) {
                problems.report(Problem.ofFile(file, "is a symbolic link to a file that does not exist; "
                        + "replace it with the record file"));
                return false;
            }
        }
        if (Files.isDirectory(file)) {
            problems.report(Problem.ofFile(file, "is a directory, not a CSV file; move it away and put the record file here"));
            return false;
        }
        if (!Files.isRegularFile(file)) {
            problems.report(Problem.ofFile(file, "is not a regular file (a pipe, socket or device); "
                    + "replace it with the record file"));
            return false;
        }
        if (!Files.isReadable(file)) {
            problems.report(Problem.ofFile(file, "cannot be read (permission denied); make it readable, e.g. chmod a+r"));
            return false;
        }
        return true;
    }

    private static boolean isRecordFile(String name) {
        return Arrays.stream(RecordType.values()).anyMatch(t -> t.fileName().equals(name));
    }

    private static List<String> fileNames() {
        return Arrays.stream(RecordType.values()).map(RecordType::fileName).toList();
    }

    /** "did you mean people.csv? " for a name close to a record file's, else nothing. */
    private static String suggestion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : fileNames()) {
            int d = distance(lower, candidate);
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        return bestDistance <= Math.max(1, name.length() / 5) ? "rename it to " + best + " if that is what it holds, or move it out of the folder; "
                : "move it out of the folder; ";
    }

    /** Levenshtein distance; names are short. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
