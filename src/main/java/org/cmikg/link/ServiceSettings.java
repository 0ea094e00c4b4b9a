package org.cmikg.link;

import java.net.URI;
import java.time.Duration;

/**
 * Where the Wikidata-compatible service is and how politely to use it. Defaults are Wikidata's own query
 * service and entity search, at most {@value #DEFAULT_REQUESTS_PER_SECOND} requests a second.
 *
 * @param sparql        SPARQL endpoint answering SELECT with {@code application/sparql-results+json}
 * @param search        MediaWiki API endpoint ({@code api.php}) that answers {@code action=wbsearchentities}
 * @param userAgent     sent with every request; Wikimedia's policy asks for name/version (contact) library/version
 * @param minInterval   least time between the starts of two requests (rate limit)
 * @param tries         how many times a request is sent before a 429, 5xx or network failure is final
 * @param firstBackoff  wait before the second try when the service gives no Retry-After; doubles each try
 * @param maxWait       longest wait the client accepts, from Retry-After or backoff; a longer Retry-After fails
 * @param timeout       connect and response timeout of one request
 */
public record ServiceSettings(URI sparql, URI search, String userAgent, Duration minInterval, int tries,
        Duration firstBackoff, Duration maxWait, Duration timeout) {

    public static final URI WIKIDATA_SPARQL = URI.create("https://query.wikidata.org/sparql");
    public static final URI WIKIDATA_SEARCH = URI.create("https://www.wikidata.org/w/api.php");
    /** Name/version, contact URL, then the HTTP library, as https://meta.wikimedia.org/wiki/User-Agent_policy asks. */
    public static final String USER_AGENT = "cmi-kg/0.1.0 (https://w3id.org/cmi-kg/; cmi link) java.net.http/"
            + Runtime.version().feature();
    public static final double DEFAULT_REQUESTS_PER_SECOND = 2;
    public static final int DEFAULT_TRIES = 4;

    public ServiceSettings {
        if (tries < 1) throw new IllegalArgumentException("tries must be at least 1");
    }

    /** Wikidata's query service and entity search, with the defaults above. */
    public static ServiceSettings wikidata() {
        return new ServiceSettings(WIKIDATA_SPARQL, WIKIDATA_SEARCH, USER_AGENT, perSecond(DEFAULT_REQUESTS_PER_SECOND),
                DEFAULT_TRIES, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    /** The interval between requests that gives {@code rate} requests a second. */
    public static Duration perSecond(double rate) {
        if (!(rate > 0)) throw new IllegalArgumentException("the rate must be a positive number of requests a second");
        return Duration.ofNanos((long) (1_000_000_000L / rate));
    }

    public ServiceSettings withEndpoints(URI sparql, URI search) {
        return new ServiceSettings(sparql, search, userAgent, minInterval, tries, firstBackoff, maxWait, timeout);
    }

    public ServiceSettings withRate(double requestsPerSecond) {
        return new ServiceSettings(sparql, search, userAgent, perSecond(requestsPerSecond), tries, firstBackoff, maxWait, timeout);
    }

    public ServiceSettings withRetries(int tries, Duration firstBackoff, Duration maxWait) {
        return new ServiceSettings(sparql, search, userAgent, minInterval, tries, firstBackoff, maxWait, timeout);
    }

    public ServiceSettings withUserAgent(String userAgent) {
        return new ServiceSettings(sparql, search, userAgent, minInterval, tries, firstBackoff, maxWait, timeout);
    }
}
