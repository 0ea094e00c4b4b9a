package org.cmikg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.commons.io.file.PathUtils;
import org.cmikg.export.network.View;
import org.cmikg.model.QueryFile;
import org.cmikg.server.CmiServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real server over one real on-disk store, built the first time a test class asks for it and shared by every
 * test class of the run that asks for the same one; JUnit closes it (and deletes its store) when the run ends.
 * For tests that only read: a test that writes to the store, or needs other server settings, starts its own
 * {@link RunningServer}. A test class declares which one it reads and takes it as a parameter:
 * <pre>{@code
 * @ExtendWith(SharedServer.Bundled.class)
 * class FooTest {
 *     static RunningServer server;
 *     @BeforeAll static void start(RunningServer shared) { server = shared; }
 * }
 * }</pre>
 */
public abstract class SharedServer implements ParameterResolver {
    private final Path data;
    private final UnaryOperator<CmiServer.Builder> settings;

    private SharedServer(Path data, UnaryOperator<CmiServer.Builder> settings) {
        this.data = data;
        this.settings = settings;
    }

    /** The bundled records ({@code data/}) served as {@code cmi serve} serves them: example queries, views and quality queries. */
    public static final class Bundled extends SharedServer {
        /** The build name the shared server reports (in {@code /void}, download names, the landing page). */
        public static final String BUILD = "bundled";

        public Bundled() {
            super(TestData.DATA, b -> b.build(BUILD, null).examples(QueryFile.list(TestData.QUERIES))
                    .views(View.list(Path.of("views"))).quality(TestData.QUERIES.resolve("quality")));
        }
    }

    /** The small site fixture ({@code src/test/resources/site/data}) with a fixed build and the quality queries. */
    public static final class Site extends SharedServer {
        public Site() {
            super(TestData.FIXTURES.resolve("site/data"), b -> b.build("test", "2026-11-27T10:00:00Z").quality(TestData.QUERIES.resolve("quality")));
        }
    }

    /** This kind's server, started on first use and kept in the run's root store. */
    public RunningServer server(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedServer.class))
                .getOrComputeIfAbsent(getClass(), kind -> start(), Started.class).server();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private Started start() {
        try {
            Path dir = Files.createTempDirectory("cmi-kg-" + getClass().getSimpleName());
            return new Started(RunningServer.start(dir, data, settings), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server and the folder of its store; JUnit closes it at the end of the run (the store holds AutoCloseables). */
    private record Started(RunningServer server, Path dir) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                server.close();
            } finally {
                PathUtils.deleteDirectory(dir);
            }
        }
    }
}
