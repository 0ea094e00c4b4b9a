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
        assertEquals(1, Scorer.similarity("José Pérez", "jose perez"));
        assertEquals(1, Scorer.similarity("Guevara, Ernesto Che", "Ernesto Che Guevara"));
        assertEquals("mas medicos", Scorer.normalize("Médicos, Más"));
        double typo = Scorer.similarity("Henry Reeve Brigade", "Henri Reeve Brigade");
        assertTrue(typo > 0.9 && typo < 1, "one letter off: " + typo);
        assertTrue(Scorer.similarity("Juan Muestra", "Rosa Ejemplo") < 0.4);
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
        assertEquals(new Scores(1, 1.0, 1.0, null, 1), right);

        // Same name, wrong type and country: (2 x 1 + 0 + 0) / 4.
        Scores town = scorer.score(person(Set.of("Q241"), null), item(false, Set.of("Q900001"), List.of()));
        assertEquals(new Scores(1, 0.0, 0.0, null, 0.5), town);

        // Nothing but the name and the type to compare: a wrong type caps the score at 0.67.
        assertEquals(0.67, scorer.score(person(Set.of(), null), item(false, Set.of(), List.of())).total());
    }

    @Test
    void datesMatchByYearWithinWhatTheRecordsDateCanMean() {
        Entity.Span the1960s = new Entity.Span(LocalDate.of(1960, 1, 1), LocalDate.of(1969, 12, 31));
        assertEquals(1.0, scorer.score(person(Set.of(), the1960s), item(true, Set.of(), List.of(LocalDate.of(1963, 1, 1)))).date());
        assertEquals(0.0, scorer.score(person(Set.of(), the1960s), item(true, Set.of(), List.of(LocalDate.of(1970, 1, 1)))).date());
        assertEquals(null, scorer.score(person(Set.of(), the1960s), item(true, Set.of(), List.of())).date());
    }
}
