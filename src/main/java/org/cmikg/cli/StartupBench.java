package org.cmikg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cmi bench --startup}: starts {@code cmi serve --load never} on an existing store in a separate JVM, as a user
 * would, and prints the wall time from the JVM's start to the first {@code 200} on {@code /} and on a SPARQL query, and
 * the CPU time the process used by then (user + system, from {@code /proc}), for each of several starts and their median.
 */
final class StartupBench {
    private static final Pattern SERVING = Pattern.compile("serving http://[^:]+:(\\d+)/");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StartupBench() {}

    static void run(Path store, int starts, PrintWriter out) throws IOException, InterruptedException {
        out.printf("start-up of 'cmi serve --load never --store %s' (load average %s)%n", store, loadAverage());
        out.printf("%-6s %14s %16s %12s%n", "start", "first / (ms)", "first query (ms)", "CPU (ms)");
        double[] wall = new double[starts];
        double[] query = new double[starts];
        for (int i = 0; i < starts; i++) {
            double[] r = once(store);
            wall[i] = r[0];
            query[i] = r[1];
            out.printf("%-6d %14.0f %16.0f %12.0f%n", i + 1, r[0], r[1], r[2]);
            out.flush();
        }
        Arrays.sort(wall);
        Arrays.sort(query);
        out.printf("median: %.0f ms to the first page, %.0f ms to the first query answer%n", wall[starts / 2], query[starts / 2]);
        out.flush();
    }

    /** One start: milliseconds to the first page, to the first query answer, and CPU milliseconds used by then. */
    private static double[] once(Path store) throws IOException, InterruptedException {
        String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t0 = System.nanoTime();
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(jvm));
        String opts = System.getenv("CMI_JAVA_OPTS");
        if (opts != null && !opts.isBlank()) cmd.addAll(java.util.List.of(opts.strip().split("\\s+")));
        cmd.addAll(java.util.List.of("-Dcmi.home=" + System.getProperty("cmi.home", "."),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                Cmi.class.getName(), "serve", "--load", "never", "--store", store.toString(), "--port", "0"));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = port(p);
            String base = "http://localhost:" + port;
            double page = untilOk(base + "/", t0);
            double firstQuery = untilOk(base + "/sparql?query=" + java.net.URLEncoder.encode(
                    "SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8), t0);
            return new double[] {page, firstQuery, cpuMillis(p.pid())};
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        }
    }

    private static int port(Process p) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> { try { lines.transferTo(java.io.Writer.nullWriter()); } catch (IOException e) { } });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IOException("the server stopped before it served (exit " + p.exitValue() + ")");
    }

    private static double untilOk(String url, long t0) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
        for (int tries = 0; tries < 6000; tries++) {
            try {
                if (HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return (System.nanoTime() - t0) / 1e6;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IOException("no 200 from " + url + " within a minute");
    }

    /** User + system CPU of a process from {@code /proc/PID/stat}, in ms (clock ticks of 10 ms); -1 where there is no /proc. */
    private static double cpuMillis(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) return -1;
        String s = Files.readString(stat);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
