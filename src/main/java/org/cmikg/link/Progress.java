package org.cmikg.link;

/** Told how reconciliation advances; the command line shows it as a progress bar. */
public interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        @Override public void start(long total) { }
        @Override public void step(String what) { }
        @Override public void close() { }
    };

    /** Reconciliation of {@code total} records begins. */
    void start(long total);

    /** One record is done. */
    void step(String what);

    @Override
    void close();
}
