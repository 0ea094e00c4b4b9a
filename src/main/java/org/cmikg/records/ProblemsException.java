package org.cmikg.records;

import java.util.List;
import java.util.stream.Collectors;

/** Input that has problems, every one of them listed: the records, or a file a command was given. */
public class ProblemsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** The message is {@code N problem(s) WHERE:} followed by one problem a line. */
    public ProblemsException(List<Problem> problems, String where) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + where + ":\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
}
