package org.cmikg.load.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The quotation in a claim's title: whole when short, cut at a word with an ellipsis when long. */
class ClaimTitleTest {

    @Test
    void aShortTextIsQuotedWholeWithoutItsOwnQuotationMarks() {
        assertEquals("Cuba returns.", ClaimsLoader.shortQuote("“Cuba returns.”"));
    }

    @Test
    void aLongTextIsCutAtAWordAndMarkedAsCut() {
        String text = "Cuba continues to profit from the forced labor of its workers and the regime’s abusive and coercive "
                + "labor practices are well documented.";
        String quote = ClaimsLoader.shortQuote(text);
        assertEquals("Cuba continues to profit from the forced labor of its workers and the regime’s…", quote);
        assertEquals(true, quote.length() <= ClaimsLoader.QUOTE_LENGTH + 1);
    }
}
