package org.cmikg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.cmikg.model.Iris;
import org.cmikg.vocab.Namespaces;

/**
 * A citable release: a version and a date stamped on the data (graph {@code graph/release}), dumps of the
 * whole dataset, their SHA-256 checksums and a {@code CITATION.cff}.
 * <pre>{@code
 * Release r = new Release("0.1.0", LocalDate.of(2026, 11, 27));
 * r.stamp(sink);                 // while loading
 * r.write(dsg, Path.of("releases/0.1.0"));
 * }</pre>
 */
public record Release(String version, LocalDate date) {
    /** The IRI that describes the dataset as a whole (also used by {@code /void}). */
    public static final Node DATASET = NodeFactory.createURI(Namespaces.BASE + "dataset");
    public static final Node GRAPH = Iris.DEFAULT.graph("release");
    private static final Node DCAT_VERSION = NodeFactory.createURI("http://www.w3.org/ns/dcat#version");

    public Release {
        if (!version.matches("[0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)?")) {
            throw new IllegalArgumentException("version '" + version + "' is not a semantic version such as 0.1.0");
        }
    }

    /** Writes the version and date into {@code graph/release}. */
    public void stamp(StreamRDF sink) {
        sink.quad(Quad.create(GRAPH, DATASET, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version)));
        sink.quad(Quad.create(GRAPH, DATASET, DCAT_VERSION, NodeFactory.createLiteralString(version)));
        sink.quad(Quad.create(GRAPH, DATASET, DCTerms.issued.asNode(),
                NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate)));
    }

    /** Writes the dumps, {@code SHA256SUMS} and {@code CITATION.cff} into {@code dir}; returns file name to checksum. */
    public Map<String, String> write(DatasetGraph dsg, Path dir) {
        try {
            Files.createDirectories(dir);
            Map<String, String> sums = new LinkedHashMap<>();
            Txn.executeRead(dsg, () -> {
                for (DumpFormat f : DumpFormat.values()) {
                    sums.put(f.fileName(version), write(dir.resolve(f.fileName(version)), out -> f.write(dsg, out)));
                }
            });
            Files.writeString(dir.resolve("CITATION.cff"), citation(), StandardCharsets.UTF_8);
            sums.put("CITATION.cff", sha256(dir.resolve("CITATION.cff")));
            StringBuilder text = new StringBuilder();
            sums.forEach((name, sum) -> text.append(sum).append("  ").append(name).append('\n'));
            Files.writeString(dir.resolve("SHA256SUMS"), text.toString(), StandardCharsets.UTF_8);
            return sums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Citation File Format description of this release. */
    public String citation() {
        return """
                cff-version: 1.2.0
                message: "If you use this dataset, please cite it as below, and cite the sources each record names."
                type: dataset
                title: "cmi-kg: Cuban Medical Internationalism Knowledge Graph"
                version: "%s"
                date-released: "%s"
                license: CC-BY-4.0
                authors:
                  - name: "The cmi-kg contributors"
                keywords:
                  - Cuban medical internationalism
                  - linked data
                  - knowledge graph
                """.formatted(version, date);
    }

    private interface Body { void writeTo(OutputStream out) throws IOException; }

    private static String write(Path file, Body body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                body.writeTo(out);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
