package org.cmikg.link;

import java.util.List;

import org.cmikg.records.Problem;
import org.cmikg.records.ProblemsException;

/** The review file cannot be accepted as it is; nothing was written. Carries every problem found. */
public final class ReviewException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    public ReviewException(List<Problem> problems) { super(problems, "; nothing was written"); }
}
