package org.cmikg.store.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cmikg.TestData;
import org.cmikg.store.Store;
import org.cmikg.store.text.TextIndex.Facet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index written with a store build: words, accents, kinds, facets, counts and paging. */
class TextIndexTest {
    @TempDir
    static Path tmp;
    static TextIndex index;

    @BeforeAll
    static void build() {
        Store store = Store.at(tmp.resolve("store"));
        TestData.buildStore(store, TestData.FIXTURES.resolve("golden/every-record-type/data"));
        index = TextIndex.open(store.currentTextIndex());
    }

    @AfterAll
    static void close() { index.close(); }

    private static TextIndex.Results search(String words, String type, Map<Facet, String> filter) {
        return index.search(new TextIndex.Request(words, type, filter, List.of(Facet.values()), TextIndex.Order.RELEVANCE, "en", 0, 50));
    }

    private static List<String> ids(String words, String type) {
        return search(words, type, Map.of()).hits().stream().map(h -> h.iri().substring(h.iri().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void theIndexIsWrittenInTheBuildBesideTheDatabase() {
        TextIndex.Stats stats = index.stats();
        assertTrue(stats.docs() > 10, "records indexed: " + stats.docs());
        assertTrue(stats.bytes() > 0);
        assertTrue(Files.isDirectory(tmp.resolve("store/current/tdb2")) && Files.isDirectory(tmp.resolve("store/current/text")));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(List.of("example-policy"), ids("POLITICA", null), "Política");
        assertEquals(ids("política ejemplo", null), ids("Politica EJEMPLO", null));
    }

    @Test
    void everyWordMustMatchInAnyOrder() {
        assertTrue(ids("brigada ejem", null).containsAll(List.of("example-brigade", "example-deployment")), "a word may start a longer one");
        assertEquals(ids("brigada ejemplo", null), ids("ejemplo brigada", null), "any order");
        assertTrue(ids("brigada nowhere", null).isEmpty());
        assertTrue(ids("rigada", null).isEmpty(), "words match from their start");
    }

    @Test
    void descriptionsAndClaimTextAreSearched() {
        assertEquals(List.of("critic-view"), ids("ministerio paga", "Claim"), "words of the claim's text");
        assertTrue(ids("fixture ministry", null).contains("example-ministry"), "words of a description");
    }

    @Test
    void alternativeNamesFindTheEntityOnce() {
        assertEquals(List.of("ana-ejemplo"), ids("A. Ejemplo", "Person"));
        assertEquals(List.of("example-ministry"), ids("emh", null));
    }

    @Test
    void typesFilterIncludingSuperclasses() {
        assertTrue(ids("example", "Organization").containsAll(List.of("example-brigade", "example-ministry")));
        assertTrue(ids("example", "Event").containsAll(List.of("example-deployment", "example-earthquake", "example-policy")));
        assertEquals(List.of("example-deployment"), ids("example", "Deployment"));
    }

    @Test
    void entitiesRankBeforeTheSourcesThatMentionThem() {
        List<String> hits = ids("example", null);
        assertTrue(hits.indexOf("example-brigade") < hits.indexOf("report-one"), hits.toString());
    }

    @Test
    void facetsCountTheHitsAndASelectionNarrowsThem() {
        TextIndex.Results all = search("", null, Map.of());
        long claims = count(all, Facet.KIND, "Claim");
        assertEquals(2, claims);
        TextIndex.Results onlyClaims = search("", null, Map.of(Facet.KIND, "Claim"));
        assertEquals(claims, onlyClaims.total(), "the total after selecting a value is that value's count");
        assertEquals(all.total(), onlyClaims.facets().get(Facet.KIND).stream().mapToLong(TextIndex.Count::count).sum(),
                "the selected facet keeps counting the other values (drill sideways)");
        assertEquals(1, count(onlyClaims, Facet.STANCE, "https://w3id.org/cmi-kg/vocab/stance/critical"));
        assertEquals(1, count(onlyClaims, Facet.YEAR, "2021"));
        assertEquals(2, count(onlyClaims, Facet.DISPUTE, "yes"), "one disputes the other");
        assertEquals(1, count(search("", null, Map.of(Facet.KIND, "Deployment")), Facet.COUNTRY, "https://w3id.org/cmi-kg/id/country/examplia"));
        assertEquals(1, count(onlyClaims, Facet.CLAIMANT_KIND, "Person"));
        assertEquals(1, count(onlyClaims, Facet.CLAIMANT_KIND, "GovernmentBody"));
    }

    @Test
    void totalsAreTrueAndPagesFollowEachOther() {
        TextIndex.Results all = search("", null, Map.of());
        assertEquals(all.total(), all.hits().size(), "50 a page is enough for the fixture");
        var page = new TextIndex.Request("", null, Map.of(), List.of(), TextIndex.Order.LABEL, "en", 3, 2);
        TextIndex.Results third = index.search(page);
        assertEquals(all.total(), third.total());
        assertEquals(List.of(all.hits().get(3).iri(), all.hits().get(4).iri()), third.hits().stream().map(TextIndex.Hit::iri).toList());
    }

    @Test
    void hitsCarryYearAndCountry() {
        TextIndex.Hit deployment = search("Examplia brigade", "Deployment", Map.of()).hits().get(0);
        assertEquals("https://w3id.org/cmi-kg/id/deployment/example-deployment", deployment.iri());
        assertTrue(deployment.countries().contains("https://w3id.org/cmi-kg/id/country/examplia"), deployment.countries().toString());
        assertTrue(deployment.year() != null && deployment.year().matches("\\d{4}"), deployment.year());
        TextIndex.Hit claim = search("ministerio paga", "Claim", Map.of()).hits().get(0);
        assertEquals("2021-03-04", claim.date());
        assertEquals(1, claim.disputes());
    }

    private static long count(TextIndex.Results r, Facet f, String value) {
        return r.facets().get(f).stream().filter(c -> c.value().equals(value)).mapToLong(TextIndex.Count::count).findFirst().orElse(0);
    }
}
