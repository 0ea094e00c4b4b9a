package org.cmikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.cmikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client's manners, against the local stand-in: pace, retries, Retry-After, failures that name the address. */
class WikidataClientTest {
    private static WikidataStandIn wikidata;

    @BeforeAll
    static void start() { wikidata = new WikidataStandIn(TestData.FIXTURES.resolve("link/wikidata.ttl")); }

    @AfterAll
    static void stop() { wikidata.close(); }

    private static WikidataClient client(double rate, int tries) {
        return new WikidataClient(ServiceSettings.wikidata().withEndpoints(URI.create(wikidata.sparql()), URI.create(wikidata.search()))
                .withRate(rate).withRetries(tries, Duration.ofMillis(20), Duration.ofSeconds(5)));
    }

    @Test
    void searchFindsAccentedNamesWithoutAccentsAndKeepsTheServicesOrder() {
        List<WikidataClient.SearchHit> hits = client(100, 1).search("rosa ejemplo", "en", 5);
        assertEquals(List.of(new WikidataClient.SearchHit("Q900301", "Rosa Ejemplo", "fixture Cuban nurse"),
                new WikidataClient.SearchHit("Q900302", "Rosa Ejemplo", "fixture town in Examplia")), hits);
    }

    @Test
    void requestsAreSpacedByTheRate() {
        WikidataClient client = client(10, 1);
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) client.search("Juan", "en", 1);
        // Four requests at ten a second: the last starts at least 300 ms after the first.
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300);
        assertEquals(4, client.requests());
    }

    @Test
    void a429IsTriedAgainAfterTheRetryAfterTheServiceAsksFor() {
        WikidataClient client = client(100, 3);
        wikidata.throttleNext(1);
        long start = System.nanoTime();
        assertEquals(2, client.search("Juan Muestra", "en", 5).size());
        // Retry-After: 1 was honoured, not the 20 ms backoff.
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1000);
        assertEquals(2, client.requests());
    }

    @Test
    void a503WithoutRetryAfterIsTriedAgainAfterADoublingBackoff() {
        WikidataClient client = new WikidataClient(ServiceSettings.wikidata()
                .withEndpoints(URI.create(wikidata.sparql()), URI.create(wikidata.search()))
                .withRate(100).withRetries(3, Duration.ofMillis(200), Duration.ofSeconds(5)));
        wikidata.unavailableNext(2);
        long start = System.nanoTime();
        assertEquals(2, client.search("Juan Muestra", "en", 5).size());
        // 200 ms, then 400 ms.
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 600);
        assertEquals(3, client.requests());
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 4, 18, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofSeconds(120)), WikidataClient.retryAfter(" 120 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), WikidataClient.retryAfter("Fri, 04 Dec 2026 18:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), WikidataClient.retryAfter("Fri, 04 Dec 2026 17:00:00 GMT", now));
        assertEquals(Optional.empty(), WikidataClient.retryAfter("soon", now));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumWaitFailsAtOnce() {
        WikidataClient client = new WikidataClient(ServiceSettings.wikidata()
                .withEndpoints(URI.create(wikidata.sparql()), URI.create(wikidata.search()))
                .withRate(100).withRetries(3, Duration.ofMillis(20), Duration.ofMillis(500)));
        wikidata.throttleNext(1);
        ServiceException e = assertThrows(ServiceException.class, () -> client.search("Juan", "en", 1));
        assertTrue(e.getMessage().contains("answered 429") && e.getMessage().contains("asks to wait 1 s"), e.getMessage());
        assertEquals(1, client.requests());
    }

    @Test
    void aNotFoundIsNotTriedAgain() {
        WikidataClient client = new WikidataClient(ServiceSettings.wikidata()
                .withEndpoints(URI.create(wikidata.base() + "/nowhere/sparql"), URI.create(wikidata.base() + "/nowhere/api.php"))
                .withRate(100).withRetries(3, Duration.ofMillis(20), Duration.ofSeconds(5)));
        ServiceException e = assertThrows(ServiceException.class, () -> client.search("Juan", "en", 1));
        assertTrue(e.getMessage().startsWith(wikidata.base() + "/nowhere/api.php?action=wbsearchentities"), e.getMessage());
        assertTrue(e.getMessage().contains("answered 404"), e.getMessage());
        assertEquals(1, client.requests());
    }
}
