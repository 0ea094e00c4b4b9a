package org.cmikg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where the records and the ontology are: shared by the commands that read them. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/data",
            description = "Directory of record files (*.csv). Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/ontology",
            description = "Directory of the ontology (*.ttl). Default: ${DEFAULT-VALUE}")
    Path ontology;

    @Option(names = "--no-inference",
            description = "Store only asserted triples: no graph/inferred with the subclass and subproperty closure.")
    boolean noInference;
}
