package org.cmikg.export.quickstatements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser for QuickStatements V1 statement commands, written from the syntax documented at
 * <a href="https://www.wikidata.org/wiki/Help:QuickStatements">Help:QuickStatements</a> ("Command sequence
 * syntax", the V1 commands), to check the export as QuickStatements would read it:
 * <pre>
 * command    = entity TAB property TAB value *( TAB qualifier ) *( TAB source )
 * qualifier  = property TAB value            ; property = "P" digits
 * source     = "S" digits TAB value
 * entity     = "Q" digits / "LAST"
 * value      = item / string / monolingual / time / quantity / coordinate / "somevalue" / "novalue"
 * item       = "Q" digits
 * string     = DQUOTE *(any character but TAB, line break, "|") DQUOTE
 * monolingual= language ":" string            ; language = a Wikimedia language code, e.g. en, es, pt-br
 * time       = ("+" / "-") year "-" MM "-" DD "T00:00:00Z/" precision
 *              ; precision 0..14; 9 = year, 10 = month, 11 = day. Checked here as the export writes it
 *              ; (and as Wikidata's own "QS:P" templates do): the parts finer than the precision are 00
 * quantity   = ["+" / "-"] digits ["." digits] ["~" tolerance] ["U" digits]
 * coordinate = "@" latitude "/" longitude
 * </pre>
 * Fields are separated by TAB (the tool also accepts "|", so a value may not contain one) and commands by line
 * breaks.
 */
public final class QuickStatementsV1 {
    private QuickStatementsV1() {}

    public enum Kind { ITEM, STRING, MONOLINGUAL, TIME, QUANTITY, COORDINATE, SOMEVALUE, NOVALUE }

    public record Value(Kind kind, String text, String language, int precision) {}

    public record Pair(String property, Value value) {}

    public record Command(String entity, String property, Value value, List<Pair> qualifiers, List<Pair> sources) {}

    /** Where a line breaks the syntax, and how. */
    public static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError(int line, int field, String message) { super("line " + line + ", field " + field + ": " + message); }
    }

    private static final Pattern ENTITY = Pattern.compile("Q[1-9]\\d*|LAST");
    private static final Pattern PROPERTY = Pattern.compile("P[1-9]\\d*");
    private static final Pattern SOURCE = Pattern.compile("S[1-9]\\d*");
    private static final Pattern ITEM = Pattern.compile("Q[1-9]\\d*");
    private static final Pattern STRING = Pattern.compile("\"([^\\t\\r\\n|]*)\"");
    private static final Pattern MONOLINGUAL = Pattern.compile("([a-z]{2,3}(?:-[a-z0-9]+)*):\"([^\\t\\r\\n|]*)\"");
    private static final Pattern TIME = Pattern.compile("([+-])(\\d{1,16})-(\\d{2})-(\\d{2})T00:00:00Z/(\\d{1,2})");
    private static final Pattern QUANTITY = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?(?:~\\d+(?:\\.\\d+)?)?(?:U[1-9]\\d*)?");
    private static final Pattern COORDINATE = Pattern.compile("@-?\\d+(?:\\.\\d+)?/-?\\d+(?:\\.\\d+)?");

    public static List<Command> parse(String text) {
        List<Command> commands = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) break;
            commands.add(command(lines[i], i + 1));
        }
        return commands;
    }

    private static Command command(String line, int n) {
        String[] f = line.split("\t", -1);
        if (f.length < 3) throw new SyntaxError(n, f.length, "a statement needs an entity, a property and a value");
        if (!ENTITY.matcher(f[0]).matches()) throw new SyntaxError(n, 1, "'" + f[0] + "' is not an item");
        if (!PROPERTY.matcher(f[1]).matches()) throw new SyntaxError(n, 2, "'" + f[1] + "' is not a property");
        Value value = value(f[2], n, 3);
        if ((f.length - 3) % 2 != 0) throw new SyntaxError(n, f.length, "qualifiers and sources come in property-value pairs");
        List<Pair> qualifiers = new ArrayList<>();
        List<Pair> sources = new ArrayList<>();
        for (int i = 3; i < f.length; i += 2) {
            boolean source = SOURCE.matcher(f[i]).matches();
            if (!source && !PROPERTY.matcher(f[i]).matches()) throw new SyntaxError(n, i + 1, "'" + f[i] + "' is neither Pn nor Sn");
            if (!source && !sources.isEmpty()) throw new SyntaxError(n, i + 1, "a qualifier after a source");
            (source ? sources : qualifiers).add(new Pair(f[i], value(f[i + 1], n, i + 2)));
        }
        return new Command(f[0], f[1], value, qualifiers, sources);
    }

    private static Value value(String v, int n, int field) {
        if (v.equals("somevalue")) return new Value(Kind.SOMEVALUE, v, null, -1);
        if (v.equals("novalue")) return new Value(Kind.NOVALUE, v, null, -1);
        if (ITEM.matcher(v).matches()) return new Value(Kind.ITEM, v, null, -1);
        Matcher m = STRING.matcher(v);
        if (m.matches()) return new Value(Kind.STRING, m.group(1), null, -1);
        m = MONOLINGUAL.matcher(v);
        if (m.matches()) return new Value(Kind.MONOLINGUAL, m.group(2), m.group(1), -1);
        m = TIME.matcher(v);
        if (m.matches()) return time(m, n, field);
        if (QUANTITY.matcher(v).matches()) return new Value(Kind.QUANTITY, v, null, -1);
        if (COORDINATE.matcher(v).matches()) return new Value(Kind.COORDINATE, v, null, -1);
        throw new SyntaxError(n, field, "'" + v + "' is no QuickStatements value");
    }

    private static Value time(Matcher m, int n, int field) {
        int precision = Integer.parseInt(m.group(5));
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        if (precision > 14) throw new SyntaxError(n, field, "precision " + precision + " is above 14");
        if (month > 12 || day > 31) throw new SyntaxError(n, field, "no such month or day");
        if ((precision >= 10) != (month != 0)) throw new SyntaxError(n, field, "month " + m.group(3) + " at precision " + precision);
        if ((precision >= 11) != (day != 0)) throw new SyntaxError(n, field, "day " + m.group(4) + " at precision " + precision);
        return new Value(Kind.TIME, m.group(1) + m.group(2) + "-" + m.group(3) + "-" + m.group(4), null, precision);
    }
}
