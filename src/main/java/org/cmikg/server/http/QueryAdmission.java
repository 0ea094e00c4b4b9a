package org.cmikg.server.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets at most {@code concurrent} queries run at once on the routes that evaluate arbitrary SPARQL
 * ({@code /sparql}, {@code /export}); the others wait their turn, first come first served, for at most
 * {@code wait}, then get {@code 503 Service Unavailable} with {@code Retry-After} and a message saying why. At most
 * {@value #WAITING_PER_TURN} queries per turn wait; more are refused at once, so waiting queries never take all of
 * the server's request threads.
 * <p>
 * Why: on a machine with two cores, a dozen heavy queries share the CPU so thinly that each runs far past its
 * timeout, and every other request (entity pages, search, lookups) waits behind them. With as many queries
 * running as there are cores, a heavy query costs what it costs alone, and the rest of the site stays quick.
 * <p>
 * What counts as heavy, simply: every query that reaches this filter. Installed after {@link ResponseCache}, so a
 * query answered from memory, entity pages, search, reconciliation and the bundled files never take a turn.
 * <pre>{@code
 * builder.addFilter("/sparql", new QueryAdmission(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(10)));
 * }</pre>
 */
public final class QueryAdmission extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** How many queries may wait for each turn before the next is refused without waiting. */
    static final int WAITING_PER_TURN = 8;

    private final int concurrent;
    private final transient Semaphore turns;
    private final Duration wait;
    private final AtomicLong refused = new AtomicLong();

    /**
     * @param concurrent how many queries may run at once (at least 1); the number of cores is a good choice
     * @param wait       how long a query may wait for its turn before it is refused
     */
    public QueryAdmission(int concurrent, Duration wait) {
        if (concurrent < 1) throw new IllegalArgumentException("at least one query must be able to run, not " + concurrent);
        this.concurrent = concurrent;
        this.turns = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    /** How many queries were refused so far because none of the running ones finished in time. */
    public long refused() { return refused.get(); }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if ("OPTIONS".equals(req.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        if (!waitForTurn()) {
            refused.incrementAndGet();
            long seconds = Math.max(1, wait.toSeconds());
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            res.setHeader("Retry-After", Long.toString(seconds));
            res.setHeader("Cache-Control", "no-store");
            res.setContentType("text/plain; charset=utf-8");
            res.getWriter().println("The server is busy: " + concurrent + " queries are running, the most it runs at once, and none "
                    + "finished within " + seconds + " s. Try again in " + seconds + " s. Entity pages, search and repeated "
                    + "queries are answered meanwhile.");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            turns.release();
        }
    }

    private boolean waitForTurn() {
        if (turns.tryAcquire()) return true;
        if (turns.getQueueLength() >= WAITING_PER_TURN * concurrent) return false;
        try {
            return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
