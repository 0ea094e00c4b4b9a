package org.cmikg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a source writes it, in the EDTF level-1 subset that scholars use: {@code 1963},
 * {@code 1963-05}, {@code 1963-05-23}, a trailing {@code ?} (uncertain), {@code ~} (approximate) or
 * {@code %} (both), and unspecified trailing year digits ({@code 196X}, {@code 19XX}).
 * <p>
 * The written form is kept as it is; {@link #earliest()} and {@link #latest()} are the first and last
 * day it can mean, so SPARQL can compare dates without losing what the source said. Qualifiers do not
 * widen the bounds: {@code 1963~} spans 1963 like {@code 1963}, and the qualifier stays in the written value.
 */
public record PartialDate(String written, LocalDate earliest, LocalDate latest) {

    /** What a user should write, used in every error message about a date. */
    public static final String EXPECTED = "write YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ? (uncertain), "
            + "~ (approximate) or % (both); 196X for an unknown year digit";

    private static final Pattern FORM =
            Pattern.compile("(\\d{2}[0-9X]{2})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

    /** Parses a written date, or returns empty when it is not in the accepted form or not a real day. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) return Optional.empty();
        String year = m.group(1);
        String month = m.group(2);
        String day = m.group(3);
        try {
            if (year.indexOf('X') >= 0) {
                if (month != null || !year.matches("\\d+X+")) return Optional.empty();
                int low = Integer.parseInt(year.replace('X', '0'));
                int high = Integer.parseInt(year.replace('X', '9'));
                return Optional.of(new PartialDate(text, LocalDate.of(low, 1, 1), LocalDate.of(high, 12, 31)));
            }
            int y = Integer.parseInt(year);
            if (month == null) return Optional.of(new PartialDate(text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            YearMonth ym = YearMonth.of(y, Integer.parseInt(month));
            if (day == null) return Optional.of(new PartialDate(text, ym.atDay(1), ym.atEndOfMonth()));
            LocalDate d = ym.atDay(Integer.parseInt(day));
            return Optional.of(new PartialDate(text, d, d));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when this date cannot fall after {@code other}: used to check that a span does not end before it starts. */
    public boolean mayPrecedeOrEqual(PartialDate other) {
        return !earliest.isAfter(other.latest);
    }
}
