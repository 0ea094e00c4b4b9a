package org.cmikg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate the records and build a new store from them and the ontology.",
                "The new build replaces the current one only when it is complete: a failed load leaves the store as it was."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store was rebuilt", "3:the records have problems; the store is unchanged",
                "4:the store cannot be written"})
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
        Rebuild.run(data, store.open(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
