package org.cmikg.export.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The named views of {@code views/}: each is documented and yields a network on the bundled records. */
class ViewsTest {

    static Stream<View> views() { return View.list(BundledStore.VIEWS).stream(); }

    @Test
    void theFourNamedViewsExist() {
        List<String> names = views().map(View::name).toList();
        assertTrue(names.containsAll(List.of("people-organizations", "organizations-deployments-countries",
                "claims-claimants-subjects", "deployments-events")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void eachViewHasTitlesAndReturnsEdgesOnTheBundledRecords(View v) {
        assertFalse(v.title().isEmpty(), "title");
        assertFalse(v.titleEs().isEmpty(), "title@es");
        assertFalse(v.description().isEmpty(), "description");
        BundledStore.Counts c = BundledStore.counts(v.query());
        assertTrue(c.edges() > 0 && c.nodes() > 1, v.name() + ": " + c);
    }
}
