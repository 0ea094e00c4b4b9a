package org.cmikg.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where problems go: the error policy is this strategy, not code spread through the readers.
 * Readers report and carry on, so that a user sees every problem of a run at once.
 */
public interface ProblemReporter {

    void report(Problem problem);

    /** Collects every problem, in the order found. */
    final class Collector implements ProblemReporter {
        private final List<Problem> problems = new ArrayList<>();

        @Override
        public void report(Problem problem) { problems.add(problem); }

        public List<Problem> problems() { return Collections.unmodifiableList(problems); }

        public boolean isEmpty() { return problems.isEmpty(); }
    }
}
