package org.cmikg;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.server.CmiServer;
import org.cmikg.store.Store;

/**
 * The real server on a free port over a real store built from a data directory, for integration tests.
 * <pre>{@code
 * server = RunningServer.start(tmp, TestData.DATA, b -> b.queryTimeout(Duration.ofSeconds(2)));
 * ... server.base() + "/sparql" ...
 * server.close();
 * }</pre>
 */
public record RunningServer(CmiServer server, DatasetGraph dsg, String base) implements AutoCloseable {

    public static RunningServer start(Path tmp, Path dataDir, UnaryOperator<CmiServer.Builder> settings) {
        Store store = Store.at(tmp.resolve("store"));
        TestData.buildStore(store, dataDir);
        DatasetGraph dsg = store.openCurrent();
        CmiServer server = settings.apply(CmiServer.create().dataset(dsg).textIndex(store.currentTextIndex()).port(0)).build().start();
        return new RunningServer(server, dsg, "http://localhost:" + server.port());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            Store.close(dsg);
        }
    }
}
