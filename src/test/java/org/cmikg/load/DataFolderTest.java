package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.cmikg.TestData;
import org.cmikg.records.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record files that are not plain files in the data folder (what git cannot hold as golden cases):
 * each is named with what it is instead, before any row is read, and nothing hangs.
 */
class DataFolderTest {
    private static final Path GOOD = TestData.FIXTURES.resolve("golden/every-record-type/data");

    @TempDir Path tmp;

    private Path copyOfGoodData() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (Stream<Path> files = Files.list(GOOD)) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        return data;
    }

    private static List<String> problems(Path data) {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Loader.create(data, TestData.ONTOLOGY).validate()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aDirectoryInPlaceOfARecordFileIsNamed() throws IOException {
        Path data = copyOfGoodData();
        Files.delete(data.resolve("people.csv"));
        Files.createDirectory(data.resolve("people.csv"));
        assertEquals(List.of(Problem.displayPath(data.resolve("people.csv"))
                + ": is a directory, not a CSV file; move it away and put the record file here"), problems(data));
    }

    @Test
    void aPipeInPlaceOfARecordFileIsNamedAndDoesNotHang() throws Exception {
        Path data = copyOfGoodData();
        Files.delete(data.resolve("people.csv"));
        Process mkfifo = new ProcessBuilder("mkfifo", data.resolve("people.csv").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        assertEquals(List.of(Problem.displayPath(data.resolve("people.csv"))
                + ": is not a regular file (a pipe, socket or device); replace it with the record file"), problems(data));
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefused() throws IOException {
        Path data = copyOfGoodData();
        Path outside = Files.copy(data.resolve("people.csv"), tmp.resolve("people-elsewhere.csv"));
        Files.delete(data.resolve("people.csv"));
        Files.createSymbolicLink(data.resolve("people.csv"), outside);
        assertEquals(List.of(Problem.displayPath(data.resolve("people.csv")) + ": is a symbolic link to "
                + outside.toRealPath() + ", outside the data folder; copy the file into the folder instead"), problems(data));
    }

    @Test
    void aSymbolicLinkWithinTheFolderIsFollowed() throws IOException {
        Path data = copyOfGoodData();
        Files.move(data.resolve("people.csv"), Files.createDirectories(data.resolve("parts")).resolve("people.csv"));
        Files.createSymbolicLink(data.resolve("people.csv"), Path.of("parts/people.csv"));
        assertEquals(1L, Loader.create(data, TestData.ONTOLOGY).validate().rows().get(org.cmikg.records.RecordType.PERSON));
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path data = copyOfGoodData();
        Path people = data.resolve("people.csv");
        Files.setPosixFilePermissions(people, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(people), "running as root: every file is readable");
        assertEquals(List.of(Problem.displayPath(people)
                + ": cannot be read (permission denied); make it readable, e.g. chmod a+r"), problems(data));
    }

    @Test
    void aFiftyMegabyteCellIsRefusedAtItsLineWithoutReadingItAll() throws IOException {
        Path data = copyOfGoodData();
        Path people = data.resolve("people.csv");
        try (var out = Files.newBufferedWriter(people, java.nio.file.StandardOpenOption.APPEND)) {
            out.write("\"luis-muestra\",Luis Muestra,,cuba,,,\"");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 50; i++) out.write(chunk);
            out.write("\",report-one\n");
        }
        assertEquals(List.of(Problem.displayPath(people) + ":3:7 [description]: a value here is longer than 10000 characters; "
                + "shorten it, or close the quote that opens it"), problems(data));
    }

    @Test
    void aTenThousandCharacterIdIsRefusedAndShownShort() throws IOException {
        Path data = copyOfGoodData();
        Path people = data.resolve("people.csv");
        Files.writeString(people, "a".repeat(10_000) + ",Luis Muestra,,cuba,,,,report-one\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of(Problem.displayPath(people) + ":3:1 [id]: '" + "a".repeat(57) + "...' is 10000 characters long; "
                + "an ID has at most 100: shorten it"), problems(data));
    }

    @Test
    void validateRunsTheDataShapesLikeLoadAndNamesTheRecord() throws IOException {
        Path ontology = tmp.resolve("ontology");
        try (Stream<Path> files = Files.walk(TestData.ONTOLOGY)) {
            for (Path f : files.toList()) {
                Path to = ontology.resolve(TestData.ONTOLOGY.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        // A stricter shape than the row checks: every person needs a second name.
        Files.writeString(ontology.resolve("shapes/data-shapes.ttl"), """

                <urn:test:PersonNeedsTwoNames> a <http://www.w3.org/ns/shacl#NodeShape> ;
                    <http://www.w3.org/ns/shacl#targetClass> <https://w3id.org/cmi-kg/ontology#Person> ;
                    <http://www.w3.org/ns/shacl#property> [
                        <http://www.w3.org/ns/shacl#path> <http://www.w3.org/2004/02/skos/core#altLabel> ;
                        <http://www.w3.org/ns/shacl#minCount> 2 ;
                        <http://www.w3.org/ns/shacl#message> "needs two other names" ] .
                """, java.nio.file.StandardOpenOption.APPEND);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Loader.create(GOOD, ontology).validate());
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals(GOOD.resolve("people.csv").toAbsolutePath(), p.file().toAbsolutePath());
        assertEquals(2, p.line());
    }
}
