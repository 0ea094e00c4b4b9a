package org.cmikg.server.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies the server should never spend time on, before anything reads them: compressed
 * bodies (a few kilobytes can inflate to a query that takes minutes to parse) and bodies larger than
 * {@link #MAX_BODY_BYTES}, which no reasonable query needs, whether or not they say their length up front
 * (a chunked body is read up to the limit and refused past it). A query string that is not UTF-8 once
 * percent-decoded is refused (400) here rather than failing deep inside a servlet.
 */
public final class RequestLimits extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The largest request body accepted: 256 KiB, far beyond any hand-written or generated query. */
    public static final long MAX_BODY_BYTES = 256 * 1024;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String encoding = req.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            refuse(res, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Compressed request bodies (Content-Encoding: " + encoding + ") are not accepted; send the query uncompressed.");
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            tooLarge(res);
            return;
        }
        if (!isUtf8(req.getQueryString())) {
            refuse(res, HttpServletResponse.SC_BAD_REQUEST,
                    "The query string is not UTF-8 once percent-decoded; encode parameters as UTF-8 (e.g. curl --data-urlencode).");
            return;
        }
        if (req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null && !isForm(req)) {
            byte[] body = req.getInputStream().readNBytes((int) MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                tooLarge(res);
                return;
            }
            chain.doFilter(new ReadBody(req, body), res);
            return;
        }
        chain.doFilter(req, res);
    }

    private static void tooLarge(HttpServletResponse res) throws IOException {
        refuse(res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB; no query here needs that much.");
    }

    /** Jetty reads a form body itself, under its own size limit (200,000 bytes). */
    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** True when the percent-decoded bytes of the query string are well-formed UTF-8 (or there is none). */
    static boolean isUtf8(String queryString) {
        if (queryString == null || queryString.indexOf('%') < 0) return true;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(queryString.length());
        for (int i = 0; i < queryString.length(); i++) {
            char c = queryString.charAt(i);
            if (c == '%' && i + 2 < queryString.length()
                    && Character.digit(queryString.charAt(i + 1), 16) >= 0 && Character.digit(queryString.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(queryString.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The request with its body already read into memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override public int getContentLength() { return body.length; }

        @Override public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() throws IOException { return in.read(); }
                @Override public int read(byte[] b, int off, int len) throws IOException { return in.read(b, off, len); }
                @Override public boolean isFinished() { return ((ByteArrayInputStream) in).available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }
    }

    private static void refuse(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.setHeader("Connection", "close");
        res.getWriter().println(message);
    }
}
