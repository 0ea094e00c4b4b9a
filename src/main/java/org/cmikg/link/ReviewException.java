package org.cmikg.link;

import java.util.List;
import java.util.stream.Collectors;

import org.cmikg.records.Problem;

/** The review file cannot be accepted as it is; nothing was written. Carries every problem found. */
public final class ReviewException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ReviewException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; nothing was written:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
}
