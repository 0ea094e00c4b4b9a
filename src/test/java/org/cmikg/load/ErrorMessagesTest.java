package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cmikg.TestData;
import org.cmikg.records.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input beside the exact messages it must produce: each folder of {@code src/test/resources/errors/}
 * holds {@code data/*.csv} and {@code expected-errors.txt}, one problem a line, in the order reported, and
 * {@code ... and N more} when more problems were found than are listed.
 */
class ErrorMessagesTest {

    static Stream<Path> cases() throws IOException {
        return Files.list(TestData.FIXTURES.resolve("errors")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badRecordsAreRefusedWithTheirLocation(Path dir) throws IOException {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> Loader.create(dir.resolve("data"), TestData.ONTOLOGY).validate());
        String expected = Files.readString(dir.resolve("expected-errors.txt")).strip();
        String actual = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"))
                + (e.more() > 0 ? "\n... and " + e.more() + " more" : "");
        assertEquals(expected, actual);
    }
}
