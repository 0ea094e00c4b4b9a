package org.cmikg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cmikg.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The schema checks themselves can be trusted: every valid example the specification publishes passes,
 * and every invalid one fails. (What the service answers is checked against the same schemas in
 * {@link ReconcileServiceTest}.)
 */
class ReconciliationSchemasTest {
    private static final Path EXAMPLES = TestData.FIXTURES.resolve("reconciliation/0.2/examples");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Example folders that have a schema of the same name. */
    private static final List<String> CHECKED = List.of("manifest", "reconciliation-query-batch", "reconciliation-result-batch",
            "suggest-entities-response", "suggest-types-response", "suggest-properties-response",
            "data-extension-property-proposal", "data-extension-query", "data-extension-response");

    static Stream<Arguments> examples() throws IOException {
        return CHECKED.stream().flatMap(schema -> Stream.of("valid", "invalid").flatMap(verdict -> {
            Path dir = EXAMPLES.resolve(schema).resolve(verdict);
            if (!Files.isDirectory(dir)) return Stream.empty();
            try (Stream<Path> files = Files.list(dir)) {
                return files.sorted().toList().stream().map(f -> Arguments.of(schema, verdict, f.getFileName().toString()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    @ParameterizedTest(name = "{0}/{1}/{2}")
    @MethodSource("examples")
    void publishedExamplesGetTheirVerdict(String schema, String verdict, String file) throws IOException {
        var errors = ReconciliationSchemas.errors(schema, JSON.readTree(EXAMPLES.resolve(schema).resolve(verdict).resolve(file).toFile()));
        if (verdict.equals("valid")) assertEquals(List.of(), errors);
        else assertFalse(errors.isEmpty(), "an invalid example passed");
    }
}
