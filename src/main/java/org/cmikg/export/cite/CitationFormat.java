package org.cmikg.export.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bibliography formats reference managers import: BibTeX (biblatex fields), RIS and CSL-JSON. Each writes a
 * stream of {@link Reference}s one at a time, so a bibliography of any size is written as it is read.
 * <pre>{@code
 * try (CitationFormat.Out out = CitationFormat.BIBTEX.open(writer)) { out.write(reference); }
 * }</pre>
 */
public enum CitationFormat {
    BIBTEX("bib", "application/x-bibtex"),
    RIS("ris", "application/x-research-info-systems"),
    CSL_JSON("csl.json", "application/vnd.citationstyles.csl+json");

    private final String extension;
    private final String mediaType;

    CitationFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without its dot: {@code bib}, {@code ris}, {@code csl.json}. */
    public String extension() { return extension; }

    public String mediaType() { return mediaType; }

    public static Optional<CitationFormat> byExtension(String ext) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    public static Optional<CitationFormat> byMediaType(String type) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** Starts writing references in this format into {@code w}; closing the result ends the list (not {@code w}). */
    public Out open(Writer w) {
        return switch (this) {
            case BIBTEX -> new BibTexWriter(w);
            case RIS -> new RisWriter(w);
            case CSL_JSON -> new CslJsonWriter(w);
        };
    }

    /** Writes references one by one. */
    public abstract static class Out implements AutoCloseable {
        protected final Writer w;

        protected Out(Writer w) { this.w = w; }

        public abstract void write(Reference r);

        /** Ends the list and flushes; does not close the underlying writer. */
        @Override
        public void close() { flush(); }

        protected void flush() {
            try {
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        protected void print(String s) {
            try {
                w.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
