package org.cmikg.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search over names: accents and case do not matter, every word must match, entities rank first. */
class SearchIndexTest {
    static SearchIndex index;

    @BeforeAll
    static void build() {
        DatasetGraph dsg = TestData.loadInMemory(TestData.FIXTURES.resolve("golden/every-record-type/data"));
        index = SearchIndex.build(dsg);
    }

    private static List<String> ids(String q, String type) {
        return index.search(q, type, "en", 10).stream().map(h -> h.iri().substring(h.iri().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(List.of("example-policy"), ids("POLITICA", null), "Política");
        assertEquals(ids("política ejemplo", null), ids("Politica EJEMPLO", null));
    }

    @Test
    void everyWordMustStartAWordOfTheName() {
        assertEquals(List.of("example-brigade", "example-deployment"), ids("brigada ejem", null), "the shorter name first");
        assertTrue(ids("brigada nowhere", null).isEmpty());
        assertTrue(ids("rigada", null).isEmpty(), "words match from their start");
    }

    @Test
    void alternativeNamesFindTheEntityOnce() {
        assertEquals(List.of("ana-ejemplo"), ids("A. Ejemplo", "Person"));
        assertEquals(List.of("example-ministry"), ids("emh", null));
    }

    @Test
    void typesFilterIncludingSuperclasses() {
        assertEquals(List.of("example-brigade", "example-ministry"), ids("example", "Organization").stream().sorted().toList());
        assertEquals(List.of("example-deployment"), ids("example", "Deployment"));
        assertTrue(ids("example", "Event").containsAll(List.of("example-deployment", "example-earthquake", "example-policy")));
    }

    @Test
    void entitiesRankBeforeTheSourcesThatMentionThem() {
        List<String> hits = ids("example", null);
        assertTrue(hits.indexOf("example-brigade") < hits.indexOf("report-one"), hits.toString());
    }

    @Test
    void reconciliationCandidatesShareAWordOrAlmostOne() {
        List<String> loose = index.candidates("Ana Nobody", "Person", 10).stream().map(SearchIndex.Candidate::iri).toList();
        assertEquals(List.of("https://w3id.org/cmi-kg/id/person/ana-ejemplo"), loose, "one shared word is enough");
        SearchIndex.Candidate misspelt = index.candidates("ejenplo", "Person", 10).get(0);
        assertTrue(misspelt.names().contains("ana ejemplo"), "one edit away in a long word");
        assertTrue(index.candidates("ejenplo brigada", null, 10).get(0).sharedWords() == 2, "most shared words first");
        assertTrue(index.candidates("igad", null, 10).isEmpty(), "a short inner fragment does not match");
        assertEquals("Ana Ejemplo", index.entity("https://w3id.org/cmi-kg/id/person/ana-ejemplo").orElseThrow().label("es"));
    }
}
