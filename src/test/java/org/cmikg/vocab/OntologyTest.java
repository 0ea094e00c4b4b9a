package org.cmikg.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cmikg.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology itself: the code's vocabulary matches it, and it meets its own documentation shapes. */
class OntologyTest {
    static Graph ontology;

    @BeforeAll
    static void read() throws IOException {
        ontology = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(TestData.ONTOLOGY)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).toList()) RDFDataMgr.read(ontology, f.toString());
        }
    }

    @Test
    void everyConstantOfTheCodeIsDeclaredInTheOntology() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : CMI.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node term = (Node) f.get(null);
            if (!term.getLocalName().equals(f.getName())) missing.add(f.getName() + " is named unlike its term " + term);
            if (!ontology.contains(term, RDF.type.asNode(), Node.ANY)) missing.add(term.getURI());
        }
        if (!missing.isEmpty()) fail("terms used by the code but not declared in ontology/: " + missing);
    }

    @Test
    void everyTermHasLabelsInEnglishAndSpanishAndADefinition() {
        Graph shapes = RDFDataMgr.loadGraph(TestData.ONTOLOGY_SHAPES.toString());
        ValidationReport report = ShaclValidator.get().validate(shapes, ontology);
        if (!report.conforms()) {
            fail(report.getEntries().size() + " problems in ontology/ against ontology/shapes/ontology-shapes.ttl:\n"
                    + report.getEntries().stream().limit(20).map(e -> e.focusNode() + ": " + e.message())
                            .collect(java.util.stream.Collectors.joining("\n")));
        }
        assertTrue(ontology.size() > 100);
    }
}
