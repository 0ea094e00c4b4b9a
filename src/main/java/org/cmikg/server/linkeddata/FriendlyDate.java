package org.cmikg.server.linkeddata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A written (EDTF) date as a reader says it, in English or Spanish: {@code 202X} is "2020s" ("años 2020"),
 * {@code 19XX} "1900s", {@code 1963?} "1963 (uncertain)", {@code 1963~} "about 1963", a missing date "date unknown".
 * Exact dates ({@code 1963}, {@code 1963-05}, {@code 1963-05-23}) stay as written, so they sort and read the same
 * in both languages.
 */
final class FriendlyDate {
    private static final Pattern FORM = Pattern.compile("(\\d{2}[0-9X]{2})(-\\d{2}(?:-\\d{2})?)?([?~%])?");

    private FriendlyDate() {}

    static String of(String written, String lang) {
        boolean es = "es".equals(lang);
        if (written == null || written.isBlank()) return es ? "fecha desconocida" : "date unknown";
        Matcher m = FORM.matcher(written);
        if (!m.matches()) return written;
        String year = m.group(1);
        String text = year;
        if (year.endsWith("XX")) text = es ? "siglo " + roman(Integer.parseInt(year.substring(0, 2)) + 1) : year.replace('X', '0') + "s";
        else if (year.endsWith("X")) text = es ? "años " + year.replace('X', '0') : year.replace('X', '0') + "s";
        else if (m.group(2) != null) text = year + m.group(2);
        String q = m.group(3);
        if (q == null) return text;
        return switch (q) {
            case "?" -> text + (es ? " (incierto)" : " (uncertain)");
            case "~" -> (es ? "hacia " : "about ") + text;
            default -> (es ? "hacia " : "about ") + text + (es ? " (incierto)" : " (uncertain)");
        };
    }

    /** A span "from – to"; an unknown start reads "date unknown", an unknown end is left open. */
    static String span(String start, String end, String lang) {
        if (start == null && end == null) return of(null, lang);
        return of(start, lang) + " – " + (end == null ? "" : of(end, lang));
    }

    private static String roman(int century) {
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return "X".repeat(century / 10) + units[century % 10];
    }
}
