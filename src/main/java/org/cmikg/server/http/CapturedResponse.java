package org.cmikg.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that holds its body in memory up to a limit, so that a complete answer can be kept and sent again.
 * Past the limit it writes what it holds to the real response and streams the rest, so a large answer is never
 * held whole. While it holds the body nothing is committed: an error raised half-way (a query timeout) still
 * reaches the client as an error status instead of a truncated {@code 200}.
 * <p>
 * Headers set downstream go to the real response as usual and are also recorded, to be replayed with a kept
 * body; caching headers are the cache's to set and are ignored here.
 */
final class CapturedResponse extends HttpServletResponseWrapper {
    /** Headers the cache itself decides; what a servlet sets for them is dropped. */
    private static final Set<String> CACHE_HEADERS = Set.of("cache-control", "pragma", "expires", "etag", "last-modified", "content-length");

    private final int limit;
    private final boolean bodyless;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream(8192);
    private final List<Header> headers = new ArrayList<>();
    private final Stream stream = new Stream();
    private PrintWriter writer;
    private boolean streaming;
    private boolean failed;
    private long counted;

    /**
     * @param limit    the largest body held in memory, in bytes
     * @param bodyless true for a HEAD request: the body is counted, never sent
     */
    CapturedResponse(HttpServletResponse res, int limit, boolean bodyless) {
        super(res);
        this.limit = limit;
        this.bodyless = bodyless;
    }

    /** True when the whole body is held (it never passed the limit) and nothing has gone to the client. */
    boolean complete() throws IOException {
        if (writer != null) writer.flush();
        return !streaming && !failed;
    }

    /** The body held, once {@link #complete()}. */
    byte[] body() { return held.toByteArray(); }

    /** A header set ({@code value} null: removed) or added downstream. */
    record Header(String name, String value, boolean set) {
        void applyTo(HttpServletResponse res) {
            if (set) res.setHeader(name, value);
            else res.addHeader(name, value);
        }
    }

    /** The headers set downstream, in order (caching headers excluded), to apply again to a kept answer. */
    List<Header> headers() { return headers; }

    /** Ends a streamed response; for HEAD, states the length the body would have had. */
    void finish() throws IOException {
        if (writer != null) writer.flush();
        if (!streaming) return;
        if (bodyless) getResponse().setContentLengthLong(counted);
        else getResponse().flushBuffer();
    }

    private void record(String name, String value, boolean add) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!add) headers.removeIf(h -> h.name().equals(lower));
        if (value != null || !add) headers.add(new Header(lower, value, !add));
    }

    private static boolean ours(String name) { return CACHE_HEADERS.contains(name.toLowerCase(Locale.ROOT)); }

    @Override
    public void setHeader(String name, String value) {
        if (ours(name)) return;
        record(name, value, false);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if (ours(name)) return;
        record(name, value, true);
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) { setHeader(name, Integer.toString(value)); }

    @Override
    public void addIntHeader(String name, int value) { addHeader(name, Integer.toString(value)); }

    @Override
    public void setDateHeader(String name, long date) {
        if (!ours(name)) super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) { setDateHeader(name, date); }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void sendError(int sc, String msg) throws IOException {
        failed = true;
        held.reset();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        failed = true;
        held.reset();
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        failed = true;
        super.sendRedirect(location);
    }

    @Override
    public boolean isCommitted() { return streaming || super.isCommitted(); }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) writer.flush();
        if (streaming) super.flushBuffer();
    }

    @Override
    public void resetBuffer() {
        if (!streaming) held.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        if (!streaming) {
            held.reset();
            headers.clear();
        }
        super.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() { return stream; }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(stream, charset), false);
        }
        return writer;
    }

    /** Holds bytes until the limit, then hands everything to the real response's stream. */
    private final class Stream extends ServletOutputStream {
        private OutputStream out;

        @Override
        public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!streaming && held.size() + len <= limit) {
                held.write(b, off, len);
                return;
            }
            if (!streaming) startStreaming();
            counted += len;
            if (!bodyless) out.write(b, off, len);
        }

        private void startStreaming() throws IOException {
            streaming = true;
            counted = held.size();
            if (bodyless) return;
            out = getResponse().getOutputStream();
            held.writeTo(out);
            held.reset();
        }

        @Override
        public void flush() throws IOException {
            if (streaming && !bodyless) out.flush();
        }

        @Override
        public boolean isReady() { return true; }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("asynchronous writes are not used here");
        }
    }
}
