package org.cmikg.records;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that has problems: the records, or a file a command was given. Lists at most {@link #SHOWN}
 * problems and counts the rest: past the first hundred, problems are almost always consequences of the
 * first ones.
 */
public class ProblemsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** How many problems are listed; the rest are counted. */
    public static final int SHOWN = 100;
    private final transient List<Problem> problems;
    private final long more;

    /** The message is {@code N problem(s) WHERE:} followed by one problem a line. */
    public ProblemsException(List<Problem> problems, String where) { this(problems, 0, where); }

    /** {@code uncounted} more problems were found beyond {@code problems}. */
    protected ProblemsException(List<Problem> problems, long uncounted, String where) {
        super(message(problems, uncounted, where));
        this.problems = List.copyOf(problems.subList(0, Math.min(SHOWN, problems.size())));
        this.more = problems.size() - this.problems.size() + uncounted;
    }

    /** The problems listed. */
    public List<Problem> problems() { return problems; }

    /** How many problems were found beyond {@link #problems()}. */
    public long more() { return more; }

    private static String message(List<Problem> all, long uncounted, String where) {
        long total = all.size() + uncounted;
        String listed = all.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("\n"));
        long rest = total - Math.min(SHOWN, all.size());
        return total + (total == 1 ? " problem" : " problems") + where + ":\n" + listed
                + (rest > 0 ? "\n... and " + rest + " more; fix the ones above first, they often cause the rest" : "");
    }
}
