package org.cmikg.load;

import org.apache.jena.graph.Node;
import org.cmikg.vocab.CMI;

/** The three properties one date column becomes: the value as written and its earliest and latest day. */
public record DateTerms(Node written, Node earliest, Node latest) {
    public static final DateTerms START = new DateTerms(CMI.start, CMI.startEarliest, CMI.startLatest);
    public static final DateTerms END = new DateTerms(CMI.end, CMI.endEarliest, CMI.endLatest);
    public static final DateTerms DATE = new DateTerms(CMI.date, CMI.dateEarliest, CMI.dateLatest);
    public static final DateTerms AS_OF = new DateTerms(CMI.asOf, CMI.asOfEarliest, CMI.asOfLatest);
    public static final DateTerms STATUS_AS_OF = new DateTerms(CMI.statusAsOf, CMI.statusAsOfEarliest, CMI.statusAsOfLatest);
    public static final DateTerms BIRTH = new DateTerms(CMI.birthDate, CMI.birthDateEarliest, CMI.birthDateLatest);
    public static final DateTerms DEATH = new DateTerms(CMI.deathDate, CMI.deathDateEarliest, CMI.deathDateLatest);
}
