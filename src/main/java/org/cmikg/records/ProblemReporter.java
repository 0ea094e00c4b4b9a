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

    /** Collects problems in the order found: the first {@link #KEPT}, and a count of the rest (memory stays bounded). */
    final class Collector implements ProblemReporter {
        public static final int KEPT = 10_000;
        private final List<Problem> problems = new ArrayList<>();
        private long dropped;

        @Override
        public void report(Problem problem) {
            if (problems.size() < KEPT) problems.add(problem);
            else dropped++;
        }

        public List<Problem> problems() { return Collections.unmodifiableList(problems); }

        /** How many problems were found beyond those kept. */
        public long dropped() { return dropped; }

        public boolean isEmpty() { return problems.isEmpty(); }
    }
}
