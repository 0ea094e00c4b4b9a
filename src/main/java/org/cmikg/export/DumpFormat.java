package org.cmikg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.io.output.CountingOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.vocab.Namespaces;

/**
 * The streamed dumps of the whole dataset: N-Quads (gzip), TriG and JSON-LD with every named graph,
 * Turtle of the union graph. Each is written as the store is read, so memory stays flat however large the data.
 * The caller holds the read transaction.
 */
public enum DumpFormat {
    NQUADS_GZ("cmi-kg.nq.gz", "application/n-quads", RDFFormat.NQUADS, true, true),
    TRIG("cmi-kg.trig", "application/trig", RDFFormat.TRIG_BLOCKS, false, true),
    TURTLE("cmi-kg.ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS, false, false),
    /** Expanded JSON-LD with every named graph, written by {@link JsonLdDump}. */
    JSONLD("cmi-kg.jsonld", "application/ld+json", null, false, true);

    private final String fileName;
    private final String mediaType;
    private final RDFFormat format;
    private final boolean gzip;
    private final boolean quads;

    DumpFormat(String fileName, String mediaType, RDFFormat format, boolean gzip, boolean quads) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.format = format;
        this.gzip = gzip;
        this.quads = quads;
    }

    public String fileName() { return fileName; }

    /** The file name within a release: {@code cmi-kg-0.1.0.nq.gz}. */
    public String fileName(String version) { return fileName.replaceFirst("^cmi-kg", "cmi-kg-" + version); }

    public String mediaType() { return mediaType; }

    public boolean gzip() { return gzip; }

    /** True when the dump keeps the named graphs; false for the union graph only. */
    public boolean quads() { return quads; }

    /** A dump's length in bytes and its SHA-256 (lower-case hex), counted when the build is made. */
    public record Digest(long bytes, String sha256) {}

    /** Writes the dump into nothing, counting its bytes and hashing them. The caller holds the read transaction. */
    public Digest digest(DatasetGraph dsg) {
        MessageDigest sha = DigestUtils.getSha256Digest();
        try (CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha))) {
            write(dsg, counted);
            return new Digest(counted.getByteCount(), java.util.HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<DumpFormat> byFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }

    /** Streams the dataset into {@code out} (compressing it when the format is gzip); does not close {@code out}. */
    public void write(DatasetGraph dsg, OutputStream out) throws IOException {
        if (format == null) {
            JsonLdDump.write(dsg, out);
            return;
        }
        OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
        StreamRDF w = StreamRDFWriter.getWriterStream(target, format);
        w.start();
        Namespaces.prefixes(Namespaces.BASE).getNsPrefixMap().forEach(w::prefix);
        if (quads) StreamRDFOps.sendQuadsToStream(dsg.find(), w);
        else StreamRDFOps.sendTriplesToStream(dsg.getUnionGraph().find(), w);
        w.finish();
        target.flush();
        if (target instanceof GZIPOutputStream gz) gz.finish();
    }
}
