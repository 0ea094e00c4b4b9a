package org.cmikg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Name similarity: only equal names are certain; word order, spelling slips and abbreviations come close. */
class NameSimilarityTest {

    @Test
    void onlyEqualNamesScoreOne() {
        assertEquals(1.0, NameSimilarity.of("fidel castro", "fidel castro"));
        assertTrue(NameSimilarity.of("castro fidel", "fidel castro") < 1, "word order");
        assertTrue(NameSimilarity.of("diazcanel", "diaz canel") < 1, "spacing");
    }

    @Test
    void spellingSlipsAndAbbreviationsStayHigh() {
        assertTrue(NameSimilarity.of("margret chan", "margaret chan") >= 0.9, "one letter missing in a long word");
        assertTrue(NameSimilarity.of("pan american health org", "pan american health organization") >= 0.9, "abbreviation");
        assertTrue(NameSimilarity.of("fidel castro rus", "fidel castro") < 0.9, "an extra word costs");
    }

    @Test
    void functionWordsCountLittleButInitialsStay() {
        assertTrue(NameSimilarity.of("ministerio de salud", "ministerio salud") > NameSimilarity.of("ministerio salud", "ministerio salud publica"));
        assertTrue(NameSimilarity.of("ejemplo", "a ejemplo") < 0.9, "'A.' is an initial here, not an article to drop");
    }

    @Test
    void unrelatedNamesScoreZero() {
        assertEquals(0.0, NameSimilarity.of("cuba", "haiti"));
        assertEquals(0.0, NameSimilarity.of("", "haiti"));
    }
}
