package org.cmikg.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.records.Problem;

/**
 * The gate a new build must pass before it becomes current: the union graph is validated against
 * {@code ontology/shapes/data-shapes.ttl}. Each violation is reported against the record it concerns
 * (its file and line, found through the ID index), like any other problem in the records.
 */
public final class ShaclCheck implements Consumer<DatasetGraph> {
    private final Shapes shapes;
    private final Path shapesFile;
    private final IdIndex ids;

    private ShaclCheck(Shapes shapes, Path shapesFile, IdIndex ids) {
        this.shapes = shapes;
        this.shapesFile = shapesFile;
        this.ids = ids;
    }

    /** A check with the shapes file, or none when the file does not exist. */
    public static Consumer<DatasetGraph> forShapes(Path shapesFile, LoadReport report) {
        if (!Files.exists(shapesFile)) return dsg -> { };
        return new ShaclCheck(Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString())), shapesFile, report.ids());
    }

    @Override
    public void accept(DatasetGraph dsg) {
        List<Problem> problems = Txn.calculateRead(dsg, () -> {
            ValidationReport report = validate(shapes, dsg.getUnionGraph());
            List<Problem> list = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) list.add(toProblem(e));
            return list;
        });
        if (!problems.isEmpty()) throw new InvalidDataException(problems);
    }

    /** SHACL validation of {@code data}, with the class hierarchy read from memory ({@link HierarchyInMemory}). */
    static ValidationReport validate(Shapes shapes, Graph data) {
        return ShaclValidator.get().validate(shapes, new HierarchyInMemory(data));
    }

    private Problem toProblem(ReportEntry e) {
        Node focus = e.focusNode();
        String path = e.resultPath() == null ? null : e.resultPath().toString();
        Optional<IdIndex.Entry> record = Optional.empty();
        if (focus.isURI()) {
            String iri = focus.getURI();
            record = ids.lookup(iri.substring(iri.lastIndexOf('/') + 1));
        }
        String message = e.message() + " (" + focus + ", shape in " + Problem.displayPath(shapesFile) + ")";
        return record.map(r -> new Problem(r.file(), r.line(), 0, path, message))
                .orElseGet(() -> Problem.ofFile(shapesFile, message));
    }
}
