package org.cmikg.export.quickstatements;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.cmikg.vocab.Namespaces;

/**
 * Values in QuickStatements V1 syntax (https://www.wikidata.org/wiki/Help:QuickStatements): an item
 * {@code Q42}, a string {@code "CU"}, a monolingual text {@code en:"Title"}, a time
 * {@code +1963-05-00T00:00:00Z/10} whose precision is the written one (9 year, 10 month, 11 day), a quantity
 * {@code 56}. Text never carries a TAB, a line break or a {@code |}, which separate QuickStatements fields and
 * commands: they become spaces and {@code /}.
 */
final class QuickStatementsValue {
    private QuickStatementsValue() {}

    /** Year, month and day as written in EDTF without qualifiers: {@code 1963}, {@code 1963-05}, {@code 1963-05-23}. */
    private static final Pattern EXACT_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    static String item(String qid) { return qid; }

    static String string(String text) { return "\"" + clean(text) + "\""; }

    static String monolingual(String text, String language) { return language.toLowerCase() + ":" + string(text); }

    /** A day. */
    static String time(LocalDate day) { return "+" + day + "T00:00:00Z/11"; }

    /**
     * A date as written (EDTF), at its precision; empty for an uncertain, approximate or partly unknown date
     * ({@code 1963?}, {@code 1963~}, {@code 196X}), which Wikidata would need qualifiers to say honestly.
     */
    static Optional<String> time(String edtf) {
        Matcher m = EXACT_DATE.matcher(edtf);
        if (!m.matches()) return Optional.empty();
        String month = m.group(2) == null ? "00" : m.group(2);
        String day = m.group(3) == null ? "00" : m.group(3);
        int precision = m.group(2) == null ? 9 : m.group(3) == null ? 10 : 11;
        return Optional.of("+" + m.group(1) + "-" + month + "-" + day + "T00:00:00Z/" + precision);
    }

    /**
     * A literal of the records as a QuickStatements value: EDTF and xsd:date as times, integers and decimals as
     * quantities, language-tagged text as monolingual text, other text as a string; empty when it has no such form.
     */
    static Optional<String> literal(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        String datatype = literal.getLiteralDatatypeURI();
        if (datatype.equals(Namespaces.EDTF_DATATYPE)) return time(lexical);
        if (datatype.equals(XSDDatatype.XSDdate.getURI())) return time(lexical);
        if (datatype.equals(XSDDatatype.XSDinteger.getURI()) || datatype.equals(XSDDatatype.XSDdecimal.getURI())
                || datatype.equals(XSDDatatype.XSDnonNegativeInteger.getURI())) {
            return Optional.of(lexical.startsWith("-") || lexical.startsWith("+") ? lexical : "+" + lexical);
        }
        if (!literal.getLiteralLanguage().isEmpty()) return Optional.of(monolingual(lexical, literal.getLiteralLanguage()));
        if (datatype.equals(XSDDatatype.XSDstring.getURI())) return Optional.of(string(lexical));
        return Optional.empty();
    }

    /** The QID of a Wikidata entity IRI ({@code http://www.wikidata.org/entity/Q42}), if it is one. */
    static Optional<String> qid(Node node) {
        if (!node.isURI() || !node.getURI().startsWith(Namespaces.WIKIDATA_ENTITY)) return Optional.empty();
        String id = node.getURI().substring(Namespaces.WIKIDATA_ENTITY.length());
        return id.matches("[QP][1-9]\\d*") ? Optional.of(id) : Optional.empty();
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").replace('|', '/').strip();
    }
}
