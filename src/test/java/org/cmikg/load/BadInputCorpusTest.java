package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cmikg.TestData;
import org.cmikg.records.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: each file of {@code src/test/resources/bad-input/} is one small mistake made to the good
 * records of {@code golden/every-record-type}, beside the exact problems {@code validate} must report for it.
 * <pre>
 * # what the case is about
 * people.csv:2          (replace line 2; FILE:+ appends, FILE:= replaces the whole file, FILE:- deletes it)
 * ana-ejemplo,Ana Ejemplo,...   (the new text; \xHH is a raw byte, \\uXXXX a character)
 * expect:
 * people.csv:2:5 [born]: '13/03/1950' is not a date; ...   (paths relative to the data folder)
 * </pre>
 * An expected line ending in {@code ...} pins the start of the message only: the lists of allowed values that
 * follow {@code write one of} grow with the vocabularies.
 * Every case must be refused, and a case that edits a row must be reported at that file and a line in it.
 */
class BadInputCorpusTest {
    private static final Path CORPUS = TestData.FIXTURES.resolve("bad-input");
    private static final Path GOOD = TestData.FIXTURES.resolve("golden/every-record-type/data");

    @TempDir Path tmp;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".case")).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeast150Cases() throws IOException {
        assertTrue(cases().count() >= 150, "cases: " + cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputIsRefusedWithItsLocation(Path caseFile) throws IOException {
        Case c = Case.read(caseFile);
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (Stream<Path> files = Files.list(GOOD)) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        c.applyTo(data);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Loader.create(data, TestData.ONTOLOGY).validate(),
                caseFile + " was accepted");
        String prefix = Problem.displayPath(data) + "/";
        String actual = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"))
                + (e.more() > 0 ? "\n... and " + e.more() + " more" : "");
        assertEquals(c.expected(), matched(c.expected(), actual.replace(prefix, "")), caseFile.toString());
        if (c.line() > 0) {
            Problem first = e.problems().get(0);
            assertEquals(data.resolve(c.file()).toAbsolutePath().normalize(), first.file().toAbsolutePath().normalize(),
                    "the first problem names the file that was changed");
            assertTrue(first.line() > 0, "the first problem names a line: " + first);
        }
    }

    /** The actual problems, with each line cut where its expected line ends in {@code ...}. */
    private static String matched(String expected, String actual) {
        String[] want = expected.split("\n");
        String[] got = actual.split("\n");
        for (int i = 0; i < Math.min(want.length, got.length); i++) {
            String start = want[i].endsWith("...") ? want[i].substring(0, want[i].length() - 3) : null;
            if (start != null && got[i].startsWith(start)) got[i] = want[i];
        }
        return String.join("\n", got);
    }

    /** One case: an edit of one record file and the problems it must produce. */
    record Case(String file, int line, String mode, byte[] content, String expected) {
        static Case read(Path caseFile) throws IOException {
            List<String> lines = Files.readAllLines(caseFile, StandardCharsets.UTF_8);
            int i = 0;
            while (lines.get(i).startsWith("#")) i++;
            String edit = lines.get(i++);
            int colon = edit.lastIndexOf(':');
            String file = edit.substring(0, colon);
            String where = edit.substring(colon + 1);
            List<String> text = new ArrayList<>();
            while (!lines.get(i).equals("expect:")) text.add(lines.get(i++));
            String expected = String.join("\n", lines.subList(i + 1, lines.size())).strip();
            assertFalse(expected.isEmpty(), caseFile + " has no expected problems");
            boolean numbered = where.chars().allMatch(Character::isDigit);
            return new Case(file, numbered ? Integer.parseInt(where) : 0, numbered ? "line" : where,
                    unescape(String.join("\n", text)), expected);
        }

        void applyTo(Path data) throws IOException {
            Path target = data.resolve(file);
            switch (mode) {
                case "-" -> Files.delete(target);
                case "=" -> Files.write(target, content);
                case "+" -> {
                    byte[] old = Files.exists(target) ? Files.readAllBytes(target) : new byte[0];
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(old);
                    if (old.length > 0 && old[old.length - 1] != '\n') out.write('\n');
                    out.write(content);
                    out.write('\n');
                    Files.write(target, out.toByteArray());
                }
                default -> {
                    List<byte[]> rows = splitLines(Files.readAllBytes(target));
                    rows.set(line - 1, content);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (byte[] row : rows) {
                        out.write(row);
                        out.write('\n');
                    }
                    Files.write(target, out.toByteArray());
                }
            }
        }

        private static List<byte[]> splitLines(byte[] bytes) {
            List<byte[]> rows = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    rows.add(java.util.Arrays.copyOfRange(bytes, start, i));
                    start = i + 1;
                }
            }
            if (start < bytes.length) rows.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
            return rows;
        }

        /** {@code \xHH} is a raw byte, {@code \}{@code uXXXX} a character (as UTF-8), {@code \\} a backslash. */
        static byte[] unescape(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char k = text.charAt(i + 1);
                    if (k == 'x') {
                        out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                        i += 3;
                        continue;
                    }
                    if (k == 'u') {
                        out.writeBytes(String.valueOf((char) Integer.parseInt(text.substring(i + 2, i + 6), 16)).getBytes(StandardCharsets.UTF_8));
                        i += 5;
                        continue;
                    }
                    if (k == '\\') {
                        out.write('\\');
                        i += 1;
                        continue;
                    }
                }
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }
    }
}
