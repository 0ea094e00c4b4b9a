package org.cmikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.TestData;
import org.cmikg.store.BuildInfo;
import org.cmikg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a {@code cmi load} (a separate JVM) at random moments, {@value #ROUNDS} times
 * ({@code -Dcmi.kill.rounds}, {@code -Dcmi.kill.seed}): after every kill the store is there, complete, and the
 * build it serves answers with every quad; the next load then finishes and clears what the killed ones left.
 */
class KilledLoadTest {
    static final int ROUNDS = Integer.getInteger("cmi.kill.rounds", 20);
    private static final Path DATA = TestData.FIXTURES.resolve("golden/every-record-type/data");

    @TempDir Path tmp;

    @Test
    void aLoadKilledAtAnyMomentNeverLeavesTheStoreHalfBuiltOrMissing() throws Exception {
        Path store = tmp.resolve("store");
        long start = System.nanoTime();
        assertEquals(0, load(store, tmp.resolve("first.log"), -1), "the first load");
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        BuildInfo first = Store.at(store).current().orElseThrow();
        long quads = count(store);
        long seed = Long.getLong("cmi.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        int newer = 0;
        String before = first.name();
        for (int r = 1; r <= ROUNDS; r++) {
            int round = r;
            long killAt = (long) (random.nextDouble() * fullMillis * 1.1);
            int code = load(store, tmp.resolve("round-" + round + ".log"), killAt);
            Store s = Store.at(store);
            assertTrue(s.exists(), "round " + round + " (killed after " + killAt + " ms, seed " + seed + "): the store is missing");
            BuildInfo current = s.current().orElseThrow(() -> new AssertionError("round " + round + ": the current build is not complete"));
            assertEquals(first.quads(), current.quads(), "round " + round);
            assertEquals(quads, count(store), "round " + round + " (killed after " + killAt + " ms, exit " + code + ", seed " + seed
                    + "): the build served does not answer with every quad");
            if (!current.name().equals(before)) newer++;
            before = current.name();
        }
        assertEquals(0, load(store, tmp.resolve("last.log"), -1), "a load after the kills");
        List<Path> builds;
        try (var list = Files.list(store.resolve("builds"))) {
            builds = list.toList();
        }
        assertTrue(builds.size() <= 2, "the last load clears what the killed ones left: " + builds);
        System.out.printf("kill -9: %d loads killed within %d ms (a whole load took %d ms), %d of them after their new build had become current; "
                + "the store answered %d quads after every kill (seed %d)%n", ROUNDS, (long) (fullMillis * 1.1), fullMillis, newer, quads, seed);
    }

    /** Runs {@code cmi load} in its own JVM; kills it with SIGKILL after {@code killAfterMillis} unless that is negative. */
    private static int load(Path store, Path log, long killAfterMillis) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Cmi.class.getName(), "load", "--data", DATA.toString(), "--ontology", TestData.ONTOLOGY.toString(),
                "--store", store.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (killAfterMillis < 0) {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the load finished");
            if (p.exitValue() != 0) System.out.println(Files.readString(log));
            return p.exitValue();
        }
        if (!p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            p.waitFor();
        }
        return p.exitValue();
    }

    private static long count(Path store) {
        DatasetGraph dsg = Store.at(store).openCurrent();
        try {
            AtomicLong n = new AtomicLong();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> n.incrementAndGet()));
            return n.get();
        } finally {
            Store.close(dsg);
        }
    }
}
