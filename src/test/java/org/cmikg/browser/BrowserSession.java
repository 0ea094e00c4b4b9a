package org.cmikg.browser;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.cmikg.RunningServer;
import org.cmikg.SharedServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The browser tests' one session per test run: the real server over the bundled records as {@code cmi serve} runs
 * it ({@link SharedServer.Bundled}, loaded once) and one headless {@link Chromium}, both made on first use and closed
 * by JUnit when the run ends. A test class takes them as parameters ({@link AbstractBrowserTest} does, for the browser
 * tests), and each test takes the browser through {@link Chromium#open}, which resets it, so that no test depends on
 * the pages, storage or window another left.
 * Classes are skipped (fail in CI) where Chromium is not installed.
 */
final class BrowserSession implements BeforeAllCallback, ParameterResolver {
    private static final SharedServer SERVER = new SharedServer.Bundled();

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.assumeInstalled();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningServer.class || type == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningServer server = SERVER.server(context);
        if (parameter.getParameter().getType() == RunningServer.class) return server;
        return context.getRoot().getStore(ExtensionContext.Namespace.create(BrowserSession.class))
                .getOrComputeIfAbsent(Chromium.class, type -> {
                    try {
                        return Chromium.start(server.base());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, Chromium.class);
    }
}
