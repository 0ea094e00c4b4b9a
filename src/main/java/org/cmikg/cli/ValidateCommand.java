package org.cmikg.cli;

import java.util.concurrent.Callable;

import org.cmikg.load.LoadReport;
import org.cmikg.load.Loader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the record files and the ontology without storing anything.",
                "Every problem is listed as file:line:column [column]: what is wrong and how to fix it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the records are valid", "3:problems were found (listed on standard error)"})
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Override
    public Integer call() {
        LoadReport report = Loader.create(data.data, data.ontology).validate();
        spec.commandLine().getOut().println(report);
        spec.commandLine().getOut().println("valid: " + report.totalRows() + " records");
        return ExitCodes.OK;
    }
}
