package org.cmikg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.cmikg.TestData;
import org.junit.jupiter.api.Test;

/**
 * The {@code lat} and {@code lon} of {@code data/countries.csv} are what {@code data/tools/country-positions.py}
 * derives from Natural Earth's shapes in world-atlas (the package the build fetches for the map), as
 * {@code data/README.md} says: no coordinate in the file comes from anywhere else, and none is missing that the
 * shapes give.
 */
class CountryPositionsTest {
    private static final Path SHAPES = Path.of("target/npm/world-atlas/package/countries-10m.json");

    @Test
    void countryPositionsAreTheCentroidsOfNaturalEarthShapes() throws Exception {
        Path countries = TestData.DATA.resolve("countries.csv");
        Path out = Files.createTempFile("country-positions", ".csv");
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "data/tools/country-positions.py", SHAPES.toString(), countries.toString())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("country-positions.py did not finish");
            }
            assertEquals(0, p.exitValue(), "country-positions.py failed (is " + SHAPES + " there? mvn generate-resources fetches it)");
            String derived = Files.readString(out, StandardCharsets.UTF_8).strip();
            String stated;
            try (CSVParser csv = CSVParser.parse(countries, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().build())) {
                stated = csv.stream().map(r -> r.get("id") + "," + r.get("lat") + "," + r.get("lon")).collect(Collectors.joining("\n"));
            }
            assertEquals(derived, stated, "lat and lon of data/countries.csv against data/tools/country-positions.py (id,lat,lon)");
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
