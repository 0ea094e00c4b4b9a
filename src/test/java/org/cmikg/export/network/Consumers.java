package org.cmikg.export.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real programs that read exports: Debian's python3 with networkx, Graphviz's dot. */
final class Consumers {
    private Consumers() {}

    /** Debian's Python (pyenv's python3 on PATH lacks networkx). */
    static final String PYTHON = "/usr/bin/python3";

    /** Runs a command with {@code stdin} as input; returns its standard output, failing on a non-zero exit. */
    static String run(List<String> command, String stdin) throws IOException, InterruptedException {
        Path err = Files.createTempFile("consumer", ".err");
        Path input = Files.writeString(Files.createTempFile("consumer", ".in"), stdin, StandardCharsets.UTF_8);
        try {
            Process p = new ProcessBuilder(command).redirectInput(input.toFile()).redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (" + p.exitValue() + "): " + Files.readString(err));
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } finally {
            Files.deleteIfExists(err);
            Files.deleteIfExists(input);
        }
    }

    static String python(String script, String stdin) throws IOException, InterruptedException {
        return run(List.of(PYTHON, "-c", script), stdin);
    }
}
