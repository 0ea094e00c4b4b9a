package org.cmikg.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.cmikg.store.text.TextIndex;
import org.cmikg.store.text.TextIndexWriter;

/**
 * The on-disk TDB2 store, rebuilt atomically. Layout of the store directory:
 * <pre>
 * current -&gt; builds/20261127-061500-123   (symbolic link to the build being served)
 * builds/20261127-061500-123/tdb2/         (the TDB2 database)
 * builds/20261127-061500-123/text/         (its full-text index, see {@link TextIndex})
 * builds/20261127-061500-123/build.properties
 * </pre>
 * {@link #rebuild} writes a new build beside the current one and, only when it is complete and checked,
 * swaps the {@code current} link in one atomic rename. A failed or interrupted rebuild leaves
 * {@code current} untouched; its half-built directory is removed (or, after a crash, on the next rebuild).
 * The build before the current one is kept, and so is every build that a process has open (a running server
 * holds its build's TDB2 lock), so a server keeps working however many loads run beside it; other builds are deleted.
 * <p>
 * A build is an immutable snapshot: read-only servers may serve copies of it (see DESIGN, growth).
 */
public final class Store {
    private static final DateTimeFormatter BUILD_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path dir;

    private Store(Path dir) { this.dir = dir.toAbsolutePath().normalize(); }

    public static Store at(Path dir) { return new Store(dir); }

    public Path dir() { return dir; }

    private Path currentLink() { return dir.resolve("current"); }

    private Path buildsDir() { return dir.resolve("builds"); }

    /** True when a complete build is being served (a build from before the text index counts as incomplete). */
    public boolean exists() {
        return Files.isDirectory(currentLink().resolve("tdb2")) && Files.isDirectory(currentLink().resolve(TextIndex.DIR));
    }

    /** The folder of the current build's full-text index, for {@link TextIndex#open}. */
    public Path currentTextIndex() {
        if (!exists()) throw new StoreException("no store at " + dir + "; build one with 'cmi load --store " + dir + "'");
        try {
            return currentLink().toRealPath().resolve(TextIndex.DIR);
        } catch (IOException e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The current build's description, if there is one. */
    public Optional<BuildInfo> current() {
        if (!exists()) return Optional.empty();
        try {
            return BuildInfo.read(currentLink().toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Builds a new database from what {@code producer} streams, runs {@code check} on it, then makes it
     * current, with its full-text index written beside it. If the producer or the check throws, the new build is discarded, the exception propagates
     * and the current build stays as it was.
     *
     * @param producer writes every quad into the stream it is given; returns the number of quads written
     */
    public BuildInfo rebuild(String fingerprint, ToLongFunction<StreamRDF> producer, Consumer<DatasetGraph> check) {
        Path build = newBuildDir();
        DatasetGraph dsg = null;
        boolean done = false;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(build.resolve("tdb2")));
            DatasetGraph target = dsg;
            long quads = Txn.calculateWrite(dsg, () -> producer.applyAsLong(StreamRDFLib.dataset(target)));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            check.accept(dsg);
            TextIndexWriter.write(dsg, build.resolve(TextIndex.DIR));
            TDBInternal.expel(dsg);
            dsg = null;
            BuildInfo info = new BuildInfo(build.getFileName().toString(), Instant.now(), fingerprint, quads);
            info.write(build);
            swapCurrent(build);
            done = true;
            removeOldBuilds(build);
            return info;
        } finally {
            if (!done) {
                if (dsg != null) TDBInternal.expel(dsg);
                deleteTree(build);
            }
        }
    }

    /**
     * Opens the current build for reading, with the union of the named graphs as default graph.
     * Only one process at a time may open a build (TDB2 locks it).
     */
    public DatasetGraph openCurrent() { return open(StoreParams.getDftStoreParams()); }

    /**
     * Opens the current build like {@link #openCurrent()}, with TDB2's two node caches (term to id, id to term)
     * holding at most {@code terms} RDF terms each. For a command that reads much of the store once (an export):
     * TDB2's default caches hold 200,000 and 1,000,000 terms, about 200 bytes each, so on a large store they
     * alone fill a few hundred MB of heap before they stop growing, while one pass gains little from them.
     */
    public DatasetGraph openCurrent(int terms) {
        return open(StoreParams.builder(StoreParams.getDftStoreParams())
                .node2NodeIdCacheSize(terms).nodeId2NodeCacheSize(terms).build());
    }

    private DatasetGraph open(StoreParams params) {
        if (!exists()) {
            throw new StoreException("no store at " + dir + "; build one with 'cmi load --store " + dir + "'");
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(currentLink().toRealPath().resolve("tdb2")), params);
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return dsg;
        } catch (IOException e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new StoreException("the store at " + dir + " is in use by another process (a running 'cmi serve'?); "
                        + "stop it or use another --store", e);
            }
            throw e;
        }
    }

    /** Removes the store directory with every build; nothing may have it open (for scratch stores). */
    public void deleteAll() { deleteTree(dir); }

    /** Releases a dataset returned by {@link #openCurrent}. */
    public static void close(DatasetGraph dsg) { TDBInternal.expel(dsg); }

    private Path newBuildDir() {
        try {
            Files.createDirectories(buildsDir());
            for (int attempt = 0; ; attempt++) {
                Path build = buildsDir().resolve(BUILD_NAME.format(Instant.now()) + (attempt == 0 ? "" : "-" + attempt));
                try {
                    return Files.createDirectory(build);
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 100) throw e;
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot create a build directory in " + buildsDir() + ": " + e.getMessage(), e);
        }
    }

    private void swapCurrent(Path build) {
        Path link = currentLink();
        Path tmp = dir.resolve("current.new");
        try {
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, dir.relativize(build));
            Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot make " + build + " current: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the new build, the one before it and any that a process has open; removes the rest, including
     * half-built ones left by a crash.
     */
    private void removeOldBuilds(Path keep) {
        try (Stream<Path> builds = Files.list(buildsDir())) {
            List<Path> others = builds.filter(b -> !b.equals(keep))
                    .sorted(Comparator.comparing((Path b) -> b.getFileName().toString()).reversed()).toList();
            boolean keptPrevious = false;
            for (Path b : others) {
                if (!keptPrevious && BuildInfo.read(b).isPresent()) {
                    keptPrevious = true;
                    continue;
                }
                if (!inUse(b)) deleteTree(b);
            }
        } catch (IOException e) {
            // Old builds are only disk space; the new build is current already.
        }
    }

    /** True when this or another process holds the build's database lock, i.e. serves it or loads into it. */
    static boolean inUse(Path build) {
        Path lockFile = build.resolve("tdb2").resolve("tdb.lock");
        if (!Files.exists(lockFile)) return false;
        ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
        if (lock.isLockedHere()) return true;
        try {
            if (!lock.tryLock()) return true;
            lock.unlock();
            return false;
        } catch (RuntimeException e) {
            return true;
        } finally {
            ProcessFileLock.release(lock);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next rebuild to remove.
        }
    }
}
