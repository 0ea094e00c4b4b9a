package org.cmikg.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.cmikg.records.Problem;
import org.cmikg.records.ProblemsException;

/** The records or the ontology have problems; nothing was stored. Lists them in file and line order. */
public final class InvalidDataException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    /** {@code found} in any order, with duplicates; {@code uncounted} problems were found beyond those. */
    public InvalidDataException(Collection<Problem> found, long uncounted) {
        super(sorted(found), uncounted, " in the records");
    }

    public InvalidDataException(Collection<Problem> found) { this(found, 0); }

    private static List<Problem> sorted(Collection<Problem> problems) {
        List<Problem> list = new ArrayList<>(new LinkedHashSet<>(problems));
        list.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingLong(Problem::line)
                .thenComparingInt(Problem::column));
        return list;
    }
}
