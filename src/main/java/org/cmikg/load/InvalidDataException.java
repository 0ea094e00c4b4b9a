package org.cmikg.load;

import java.util.List;

import org.cmikg.records.Problem;
import org.cmikg.records.ProblemsException;

/** The records or the ontology have problems; nothing was stored. Carries every problem found. */
public final class InvalidDataException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    public InvalidDataException(List<Problem> problems) { super(problems, " in the records"); }
}
