package org.cmikg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest(name = "{0} spans {1} to {2}")
    @CsvSource({
            "1963, 1963-01-01, 1963-12-31",
            "1963-05, 1963-05-01, 1963-05-31",
            "1964-02, 1964-02-01, 1964-02-29",
            "1963-05-23, 1963-05-23, 1963-05-23",
            "1963?, 1963-01-01, 1963-12-31",
            "2005-09~, 2005-09-01, 2005-09-30",
            "2010-01-12%, 2010-01-12, 2010-01-12",
            "196X, 1960-01-01, 1969-12-31",
            "19XX, 1900-01-01, 1999-12-31"
    })
    void keepsWhatWasWrittenAndGivesBounds(String written, String earliest, String latest) {
        PartialDate d = PartialDate.parse(written).orElseThrow();
        assertEquals(written, d.written());
        assertEquals(LocalDate.parse(earliest), d.earliest());
        assertEquals(LocalDate.parse(latest), d.latest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1963-13", "1963-02-30", "63", "1963/05/23", "May 1963", "1963-5", "19X3", "196X-05", "", "1963??"})
    void refusesWhatIsNotADate(String text) {
        assertTrue(PartialDate.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"1963, 1963-05, true", "1963-05, 1963, true", "1964, 1963, false", "1963-05-02, 1963-05-01, false"})
    void ordersSpans(String a, String b, boolean mayPrecede) {
        PartialDate x = PartialDate.parse(a).orElseThrow();
        PartialDate y = PartialDate.parse(b).orElseThrow();
        assertEquals(mayPrecede, x.mayPrecedeOrEqual(y));
        if (!mayPrecede) assertFalse(x.mayPrecedeOrEqual(y));
    }
}
