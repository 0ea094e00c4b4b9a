package org.cmikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cmikg.TestData;
import org.cmikg.model.Iris;
import org.junit.jupiter.api.Test;

/** What the reconciler learns about each unlinked record from the loaded records and the ontology. */
class UnlinkedEntitiesTest {
    private static final List<Entity> ENTITIES = UnlinkedEntities.in(TestData.loadInMemory(TestData.FIXTURES.resolve("link/data")), Iris.DEFAULT);

    private static Entity entity(String id) {
        return ENTITIES.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void linkedRecordsAreLeftOutAndTheRestSortedByKindThenId() {
        assertEquals(List.of("example-flood", "ministerio-ejemplo", "jose-perez-ejemplo", "juan-muestra", "rosa-ejemplo",
                "rosa-ejemplo-town", "phantom-programme"), ENTITIES.stream().map(Entity::id).toList());
    }

    @Test
    void theExpectedWikidataClassesComeFromTheOntologysMostSpecificAnnotatedClass() {
        Map<String, Set<String>> classes = ENTITIES.stream().collect(Collectors.toMap(Entity::id, Entity::classes));
        assertEquals(Set.of("Q5"), classes.get("juan-muestra"));
        assertEquals(Set.of("Q515"), classes.get("rosa-ejemplo-town"));          // a city, not any place
        assertEquals(Set.of("Q43229"), classes.get("ministerio-ejemplo"));       // a government body is an organization
        assertEquals(Set.of("Q1190554", "Q1656682"), classes.get("example-flood"));
        assertEquals(Set.of(), classes.get("phantom-programme"));               // no annotation: no type check
    }

    @Test
    void namesCountriesAndDatesAreThoseOfTheRecord() {
        Entity ministry = entity("ministerio-ejemplo");
        assertEquals(List.of(new Entity.Label("Example Ministry of Health", "en"), new Entity.Label("Ministerio Ejemplo de Salud Pública", "es")),
                ministry.labels().stream().sorted((a, b) -> a.language().compareTo(b.language())).toList());
        assertEquals(Set.of("Example Ministry of Health", "Ministerio Ejemplo de Salud Pública", "MINSAP-E"), Set.copyOf(ministry.names()));
        assertEquals(Set.of("Q241"), ministry.countries());
        assertEquals(new Entity.Span(LocalDate.of(1960, 1, 1), LocalDate.of(1960, 12, 31)), ministry.start());
        assertEquals(null, ministry.end());
        // A person's name has no language tag: searched as English.
        assertEquals(List.of(new Entity.Label("José Pérez Ejemplo", "en")), entity("jose-perez-ejemplo").labels());
        assertEquals(Set.of("Q900001"), entity("example-flood").countries());
    }
}
