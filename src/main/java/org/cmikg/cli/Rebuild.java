package org.cmikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.cmikg.load.LoadReport;
import org.cmikg.export.Release;
import org.cmikg.load.Loader;
import org.cmikg.server.BuildFacts;
import org.cmikg.store.BuildInfo;
import org.cmikg.store.Fingerprint;
import org.cmikg.store.Store;
import org.cmikg.store.text.TextIndex;

/** Loads the records into a new build of the store and makes it current: what {@code load} and {@code serve} share. */
final class Rebuild {
    private Rebuild() {}

    static String fingerprint(DataOptions data) {
        return Fingerprint.of(List.of(data.data, data.ontology)) + (data.noInference ? "-asserted" : "-inferred");
    }

    static BuildInfo run(DataOptions data, Store store, PrintWriter out) { return run(data, store, null, out); }

    /** With a release, its version and date are stamped on the data ({@code graph/release}). */
    static BuildInfo run(DataOptions data, Store store, Release release, PrintWriter out) {
        return run(data, store, release, (dsg, dir) -> { }, out);
    }

    /** As above; {@code publish} runs on the finished build before it becomes current, and a failure there keeps it out. */
    static BuildInfo run(DataOptions data, Store store, Release release, Store.Derivation publish, PrintWriter out) {
        Path dataDir = data.data;
        Loader loader = Loader.create(dataDir, data.ontology).withInference(!data.noInference);
        LoadReport[] report = new LoadReport[1];
        String fingerprint = fingerprint(data) + (release == null ? "" : "-release-" + release.version());
        BuildInfo info = store.rebuild(fingerprint, sink -> {
            if (release != null) release.stamp(sink);
            report[0] = loader.load(sink);
            return report[0].quads();
        }, dsg -> loader.check(report[0]).accept(dsg), (dsg, dir) -> {
            BuildFacts.count(dsg).write(dir);
            publish.write(dsg, dir);
        });
        out.println(report[0]);
        try (TextIndex text = TextIndex.open(store.currentTextIndex())) {
            TextIndex.Stats t = text.stats();
            out.printf("text index: %d records, %d KB, written in %d ms%n", t.docs(), t.bytes() / 1024, t.buildMillis());
        }
        out.printf("store %s: build %s is current%n", store.dir(), info.name());
        out.flush();
        return info;
    }
}
