package org.cmikg.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.cmikg.records.Problem;

/**
 * The records or the ontology have problems; nothing was stored. Carries the problems in file and line
 * order, at most {@link #SHOWN} of them, and how many more there were: past the first hundred, problems
 * are almost always consequences of the first ones.
 */
public final class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** How many problems are listed; the rest are counted. */
    public static final int SHOWN = 100;
    private final transient List<Problem> problems;
    private final long more;

    /** {@code found} in any order, with duplicates; {@code uncounted} problems were found beyond those. */
    public InvalidDataException(Collection<Problem> found, long uncounted) {
        this(sorted(found), uncounted);
    }

    public InvalidDataException(Collection<Problem> found) { this(found, 0); }

    private InvalidDataException(List<Problem> all, long uncounted) {
        super(message(all, uncounted));
        this.problems = List.copyOf(all.subList(0, Math.min(SHOWN, all.size())));
        this.more = all.size() - problems.size() + uncounted;
    }

    /** The problems listed, in file and line order. */
    public List<Problem> problems() { return problems; }

    /** How many problems were found beyond {@link #problems()}. */
    public long more() { return more; }

    private static String message(List<Problem> all, long uncounted) {
        long total = all.size() + uncounted;
        String listed = all.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("\n"));
        long rest = total - Math.min(SHOWN, all.size());
        return total + (total == 1 ? " problem" : " problems") + " in the records:\n" + listed
                + (rest > 0 ? "\n... and " + rest + " more; fix the ones above first, they often cause the rest" : "");
    }

    private static List<Problem> sorted(Collection<Problem> problems) {
        List<Problem> list = new ArrayList<>(new LinkedHashSet<>(problems));
        list.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingLong(Problem::line)
                .thenComparingInt(Problem::column));
        return list;
    }
}
