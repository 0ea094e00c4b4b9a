package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.cmikg.TestData;
import org.cmikg.records.Column;
import org.cmikg.records.Problem;
import org.cmikg.records.ProblemReporter;
import org.cmikg.records.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzzer of the CSV reader and the loaders: it damages the good records at random (bytes, quotes,
 * separators, control characters, encodings, line breaks, long values, truncation) and checks that
 * {@code validate} either accepts the result or refuses it with problems that each name a file in the data
 * folder and say what is wrong, never with any other exception (a stack trace is a bug).
 * <p>
 * The CSV reader alone is fuzzed the same way, many times faster, file by file.
 * <p>
 * Each runs for {@code -Dcmi.fuzz.seconds} (default 15) from seed {@code -Dcmi.fuzz.seed} (default fixed, so a
 * failure is reproducible: the message gives the seed, the round and the damage done).
 */
class RecordsFuzzTest {
    private static final Path GOOD = TestData.FIXTURES.resolve("golden/every-record-type/data");
    private static final String[] STRANGE = {"\u0000", "\u0007", "\u001b[2J", "\u007f", "\"", "\"\"", ",", ",,", "\r", "\r\n", "\n\n",
            "\t", ";", "|", " | ", "\u00a0", "\u200b", "\ufeff", "\u202e", "\ud83c\udf0d", "e\u0301", "\\", "'", "<script>", "%00",
            "http://", "Q", "-", "--", "1e309", "NaN", "-0", "9999999999999999999999", "0000-00-00", "2020-02-30", "196X", "~", "?"};

    @TempDir Path tmp;

    @Test
    void damagedRecordsAreAcceptedOrRefusedWithProblemsNeverWithACrash() throws IOException {
        long seed = Long.getLong("cmi.fuzz.seed", 20261204L);
        Duration budget = Duration.ofSeconds(Long.getLong("cmi.fuzz.seconds", 15L));
        Random random = new Random(seed);
        List<Path> files;
        try (Stream<Path> list = Files.list(GOOD)) {
            files = list.sorted().toList();
        }
        long end = System.nanoTime() + budget.toNanos();
        int round = 0;
        int refused = 0;
        while (System.nanoTime() < end) {
            round++;
            Path data = Files.createDirectories(tmp.resolve("round-" + round).resolve("data"));
            for (Path f : files) Files.copy(f, data.resolve(f.getFileName()));
            List<String> damage = new ArrayList<>();
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                Path victim = data.resolve(files.get(random.nextInt(files.size())).getFileName());
                byte[] bytes = Files.readAllBytes(victim);
                byte[] damaged = damage(bytes, random, damage);
                damage.set(damage.size() - 1, victim.getFileName() + ": " + damage.get(damage.size() - 1));
                Files.write(victim, damaged);
            }
            String where = "seed " + seed + ", round " + round + ": " + damage;
            try {
                Loader.create(data, TestData.ONTOLOGY).validate();
            } catch (InvalidDataException e) {
                refused++;
                assertFalse(e.problems().isEmpty(), where);
                for (Problem p : e.problems()) {
                    Path file = p.file().toAbsolutePath().normalize();
                    assertTrue(file.startsWith(data.toAbsolutePath().normalize()), where + " names a file outside the data folder: " + p);
                    assertFalse(p.message().isBlank(), where + ": a problem without a message");
                    assertFalse(p.message().matches("(?s).*(Exception|\\tat org\\.|\\tat java\\.).*"), where + ": " + p);
                }
            } catch (Throwable t) {
                fail(where + " crashed instead of naming a problem", t);
            }
            deleteTree(data.getParent());
        }
        System.out.printf("records fuzzer: seed %d, %d rounds in %s, %d refused, %d accepted%n", seed, round, budget, refused, round - refused);
        assertTrue(round > 0);
    }

    @Test
    void theCsvReaderReportsEveryDamagedFileWithoutACrash() throws IOException {
        long seed = Long.getLong("cmi.fuzz.seed", 20261204L);
        Duration budget = Duration.ofSeconds(Long.getLong("cmi.fuzz.seconds", 15L));
        Random random = new Random(seed);
        List<RecordLoader> loaders = Loader.recordLoaders();
        long end = System.nanoTime() + budget.toNanos();
        int round = 0;
        int withProblems = 0;
        Path file = tmp.resolve("file.csv");
        while (System.nanoTime() < end) {
            round++;
            RecordLoader loader = loaders.get(random.nextInt(loaders.size()));
            byte[] bytes = Files.readAllBytes(GOOD.resolve(loader.type().fileName()));
            List<String> damage = new ArrayList<>();
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits; i++) bytes = damage(bytes, random, damage);
            Files.write(file, bytes);
            String where = "seed " + seed + ", round " + round + ", " + loader.type().fileName() + ": " + damage;
            ProblemReporter.Collector problems = new ProblemReporter.Collector();
            try {
                RecordReader.read(file, loader.columns(), problems, row -> {
                    for (Column c : loader.columns()) row.text(c.name());
                });
            } catch (Throwable t) {
                fail(where + " crashed the reader instead of naming a problem", t);
            }
            if (!problems.isEmpty()) withProblems++;
            for (Problem p : problems.problems()) {
                assertTrue(p.file().equals(file), where + " names another file: " + p);
                assertFalse(p.message().isBlank(), where + ": a problem without a message");
            }
        }
        System.out.printf("CSV reader fuzzer: seed %d, %d files in %s, %d with problems%n", seed, round, budget, withProblems);
        assertTrue(round > 0);
    }

    /** One random kind of damage to a file's bytes; {@code log} gets a line saying what was done. */
    private static byte[] damage(byte[] bytes, Random random, List<String> log) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        switch (random.nextInt(9)) {
            case 0 -> {
                String s = STRANGE[random.nextInt(STRANGE.length)];
                log.add("inserted " + printable(s) + " at byte " + at);
                return insert(bytes, at, s.getBytes(StandardCharsets.UTF_8));
            }
            case 1 -> {
                if (bytes.length == 0) break;
                int i = Math.min(at, bytes.length - 1);
                byte b = (byte) random.nextInt(256);
                log.add("byte " + i + " set to " + (b & 0xff));
                byte[] copy = bytes.clone();
                copy[i] = b;
                return copy;
            }
            case 2 -> {
                log.add("cut at byte " + at);
                return Arrays.copyOf(bytes, at);
            }
            case 3 -> {
                int n = 1 + random.nextInt(20_000);
                log.add("inserted " + n + " letters at byte " + at);
                return insert(bytes, at, "x".repeat(n).getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
                int i = random.nextInt(lines.size());
                log.add("line " + (i + 1) + " doubled");
                lines.add(i, lines.get(i));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
                int i = random.nextInt(lines.size());
                String[] fields = lines.get(i).split(",", -1);
                if (fields.length < 2) break;
                int a = random.nextInt(fields.length);
                int b = random.nextInt(fields.length);
                String t = fields[a];
                fields[a] = fields[b];
                fields[b] = t;
                lines.set(i, String.join(",", fields));
                log.add("line " + (i + 1) + ": fields " + (a + 1) + " and " + (b + 1) + " swapped");
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> {
                log.add("line ends written as CRLF");
                return new String(bytes, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                int n = 1 + random.nextInt(64);
                byte[] junk = new byte[n];
                random.nextBytes(junk);
                log.add(n + " random bytes at byte " + at);
                return insert(bytes, at, junk);
            }
            default -> {
                log.add("written as ISO-8859-1");
                return new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        log.add("left as it was");
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + piece.length);
        out.write(bytes, 0, at);
        out.writeBytes(piece);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) sb.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        return sb.append('\'').toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
