package org.cmikg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What a build of the store holds: when it was built, from which inputs (a fingerprint of their bytes)
 * and how many quads. Kept as {@code build.properties} beside the database.
 */
public record BuildInfo(String name, Instant built, String fingerprint, long quads) {
    static final String FILE = "build.properties";

    void write(Path buildDir) {
        Properties p = new Properties();
        p.setProperty("name", name);
        p.setProperty("built", built.toString());
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("quads", Long.toString(quads));
        try (Writer w = Files.newBufferedWriter(buildDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "cmi-kg store build");
        } catch (IOException e) {
            throw new StoreException("cannot write " + buildDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    static Optional<BuildInfo> read(Path buildDir) {
        Path file = buildDir.resolve(FILE);
        if (!Files.exists(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new BuildInfo(p.getProperty("name"), Instant.parse(p.getProperty("built")),
                    p.getProperty("fingerprint"), Long.parseLong(p.getProperty("quads"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
