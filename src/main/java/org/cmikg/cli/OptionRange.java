package org.cmikg.cli;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Numeric options checked at parse time: a value out of range is a usage error that names the option and its range. */
final class OptionRange {
    private OptionRange() {}

    /** {@code value} if it lies in {@code [min, max]}; otherwise a usage error saying why the range is what it is. */
    static long check(CommandSpec spec, String option, long value, long min, long max, String why) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be " + (max == Long.MAX_VALUE ? "at least " + min
                    : "between " + min + " and " + max) + " (" + why + "), not " + value);
        }
        return value;
    }
}
