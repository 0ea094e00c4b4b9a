package org.cmikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScorerTest {
    private final Scorer scorer = new Scorer();

    @Test
    void namesCompareWithoutCaseAccentsPunctuationOrWordOrder() {
        assertEquals(100, Scorer.similarity("José Pérez", "jose perez"));
        assertEquals(100, Scorer.similarity("Guevara, Ernesto Che", "Ernesto Che Guevara"));
        assertEquals("mas medicos", Scorer.normalize("Médicos, Más"));
        double typo = Scorer.similarity("Henry Reeve Brigade", "Henri Reeve Brigade");
        assertTrue(typo > 90 && typo < 100, "one letter off: " + typo);
        assertTrue(Scorer.similarity("Juan Muestra", "Rosa Ejemplo") < 40);
    }

    private static Entity person(Set<String> countries, Entity.Span start) {
        return new Entity("x", "person", List.of(new Entity.Label("Rosa Ejemplo", "en")), List.of("Rosa Ejemplo", "R. Ejemplo"),
                countries, start, null, Set.of("Q5"));
    }

    private static Candidate item(boolean human, Set<String> countries, List<LocalDate> starts) {
        return new Candidate("Q1", "Rosa Ejemplo", "", List.of("Rosa Ejemplo"), Set.of(), human, countries, starts, List.of());
    }

    @Test
    void theTotalIsTheWeightedMeanOfTheFeaturesBothSidesHave() {
        Scores right = scorer.score(person(Set.of("Q241"), null), item(true, Set.of("Q241"), List.of()));
        assertEquals(new Scores(100, 100.0, 100.0, null, 100), right);

        // Same name, wrong type and country: (2 x 100 + 0 + 0) / 4.
        Scores town = scorer.score(person(Set.of("Q241"), null), item(false, Set.of("Q900001"), List.of()));
        assertEquals(new Scores(100, 0.0, 0.0, null, 50), town);

        // Nothing but the name and the type to compare: a wrong type caps the score at 66.7.
        assertEquals(66.7, scorer.score(person(Set.of(), null), item(false, Set.of(), List.of())).total());
    }

    @Test
    void datesMatchByYearWithinWhatTheRecordsDateCanMean() {
        Entity.Span the1960s = new Entity.Span(LocalDate.of(1960, 1, 1), LocalDate.of(1969, 12, 31));
        assertEquals(100.0, scorer.score(person(Set.of(), the1960s), item(true, Set.of(), List.of(LocalDate.of(1963, 1, 1)))).date());
        assertEquals(0.0, scorer.score(person(Set.of(), the1960s), item(true, Set.of(), List.of(LocalDate.of(1970, 1, 1)))).date());
        assertEquals(null, scorer.score(person(Set.of(), the1960s), item(true, Set.of(), List.of())).date());
    }
}
