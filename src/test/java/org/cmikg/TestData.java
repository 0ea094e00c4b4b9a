package org.cmikg;

import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.cmikg.load.LoadReport;
import org.cmikg.load.Loader;
import org.cmikg.store.BuildInfo;
import org.cmikg.store.Store;

/** Paths of the project's own files and small helpers shared by tests. */
public final class TestData {
    private TestData() {}

    /** Maven runs the tests from the project root. */
    public static final Path ONTOLOGY = Path.of("ontology");
    public static final Path DATA = Path.of("data");
    public static final Path QUERIES = Path.of("queries");
    public static final Path DATA_SHAPES = ONTOLOGY.resolve("shapes/data-shapes.ttl");
    public static final Path ONTOLOGY_SHAPES = ONTOLOGY.resolve("shapes/ontology-shapes.ttl");
    public static final Path FIXTURES = Path.of("src/test/resources");

    /** Loads a data directory with the project's ontology into an in-memory dataset. */
    public static DatasetGraph loadInMemory(Path dataDir) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Loader.create(dataDir, ONTOLOGY).load(StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /** Builds a real on-disk store from a data directory. */
    public static BuildInfo buildStore(Store store, Path dataDir) {
        Loader loader = Loader.create(dataDir, ONTOLOGY);
        return store.rebuild("test", sink -> {
            LoadReport r = loader.load(sink);
            return r.quads();
        }, dsg -> { });
    }
}
