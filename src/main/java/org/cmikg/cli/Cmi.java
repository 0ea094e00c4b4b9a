package org.cmikg.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code cmi} command line: {@code validate}, {@code load}, {@code query}, {@code serve}.
 * The only place in cmi-kg that prints for a user and exits.
 */
@Command(name = "cmi", mixinStandardHelpOptions = true, version = "cmi-kg 0.1.0",
        description = "Cuban Medical Internationalism Knowledge Graph: validate records, build the store, query it, serve it.",
        subcommands = {ValidateCommand.class, LoadCommand.class, QueryCommand.class, ExportCommand.class, ReportCommand.class, ReleaseCommand.class, BenchCommand.class, LinkCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:unexpected failure (run again with --verbose and report it)",
                "2:wrong usage", "3:invalid records", "4:store unavailable", "5:invalid query file",
                "6:server could not start", "7:the linking service failed"})
public final class Cmi implements Runnable {

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: validate, load, query or serve");
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        Cmi cmi = new Cmi();
        CommandLine cl = new CommandLine(cmi);
        cl.setExitCodeExceptionMapper(new ExitCodes());
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("cmi " + cmd.getCommandName() + ": " + e.getMessage());
            if (cmi.verbose) e.printStackTrace(err);
            err.flush();
            return cmd.getExitCodeExceptionMapper().getExitCode(e);
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
