package org.cmikg.load;

import java.util.List;
import java.util.stream.Collectors;

import org.cmikg.records.Problem;

/** The records or the ontology have problems; nothing was stored. Carries every problem found. */
public final class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidDataException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the records:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
}
