package org.cmikg.export.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.cmikg.TestData;
import org.cmikg.store.Store;

/**
 * One real on-disk store of the bundled records, built once for all export tests in the JVM, and what the
 * tests compare exports with: the rows and distinct ends the same SPARQL returns on it.
 */
final class BundledStore {
    static final Path VIEWS = Path.of("views");
    private static DatasetGraph dsg;

    private BundledStore() {}

    static synchronized DatasetGraph dataset() {
        if (dsg == null) {
            try {
                Path dir = Files.createTempDirectory("cmi-export-test");
                Store store = Store.at(dir);
                TestData.buildStore(store, TestData.DATA);
                dsg = store.openCurrent();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    Store.close(dsg);
                    store.deleteAll();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dsg;
    }

    /** Edges and distinct nodes of an edge-list query, counted from its own results. */
    record Counts(int nodes, int edges) {}

    static Counts counts(Query q) {
        return Txn.calculateRead(dataset(), () -> {
            Set<String> nodes = new HashSet<>();
            int edges = 0;
            try (QueryExec exec = QueryExec.dataset(dataset()).query(q).build()) {
                var rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    if (b.get("source") == null || b.get("target") == null) continue;
                    nodes.add(Terms.id(b.get("source")));
                    nodes.add(Terms.id(b.get("target")));
                    edges++;
                }
            }
            return new Counts(nodes.size(), edges);
        });
    }

    static String export(View v, NetworkFormat f) {
        return export(NetworkExport.create(dataset()).query(v.query()).name(v.name()).release("test"), f);
    }

    static String export(NetworkExport.Builder b, NetworkFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            b.build().write(f, () -> out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
