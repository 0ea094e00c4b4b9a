package org.cmikg.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A SELECT result whose first rows are computed before anything is sent. A result that fits in the buffer is
 * complete before the status line goes out, so a timeout can only ever answer 503, never a cut-off 200. A
 * larger result streams after the buffer, and {@link #cancelledWhileStreaming()} says whether the timeout
 * stopped it part way, so that the response can be aborted rather than ended as if it were whole.
 */
final class BufferedRows implements RowSet {
    private final List<Var> vars;
    private final Iterator<Binding> buffered;
    private final RowSet rest;
    private final boolean complete;
    private long rowNumber;
    private boolean cancelled;

    /** Reads up to {@code bufferRows} rows now: a timeout here throws before any output. */
    BufferedRows(RowSet rows, int bufferRows) {
        this.vars = rows.getResultVars();
        List<Binding> first = new ArrayList<>();
        while (first.size() < bufferRows && rows.hasNext()) first.add(rows.next());
        this.complete = !rows.hasNext();
        this.buffered = first.iterator();
        this.rest = rows;
    }

    /** True when every row was computed before output started. */
    boolean complete() { return complete; }

    /** True when the query was stopped after rows had been handed out. */
    boolean cancelledWhileStreaming() { return cancelled; }

    @Override
    public boolean hasNext() {
        if (buffered.hasNext()) return true;
        if (complete) return false;
        try {
            return rest.hasNext();
        } catch (QueryCancelledException e) {
            cancelled = true;
            throw e;
        }
    }

    @Override
    public Binding next() {
        if (!hasNext()) throw new NoSuchElementException();
        rowNumber++;
        if (buffered.hasNext()) return buffered.next();
        try {
            return rest.next();
        } catch (QueryCancelledException e) {
            cancelled = true;
            throw e;
        }
    }

    @Override
    public List<Var> getResultVars() { return vars; }

    @Override
    public long getRowNumber() { return rowNumber; }

    @Override
    public void close() { rest.close(); }
}
