package org.cmikg.cli;

import java.nio.file.Path;

import org.cmikg.store.Store;

import picocli.CommandLine.Option;

/** Which store to use: shared by the commands that read or write it. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${sys:cmi.home:-.}/store",
            description = "Store directory (TDB2 builds). Default: ${DEFAULT-VALUE}")
    Path store;

    Store open() { return Store.at(store); }
}
