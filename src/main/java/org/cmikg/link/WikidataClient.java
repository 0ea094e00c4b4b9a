package org.cmikg.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The HTTP side of {@code cmi link}: entity search and SPARQL SELECT against a Wikidata-compatible service.
 * <pre>{@code
 * WikidataClient client = new WikidataClient(ServiceSettings.wikidata());
 * List<SearchHit> hits = client.search("Fidel Castro", "en", 5);
 * }</pre>
 * Every request carries the User-Agent, waits its turn (rate limit) and is tried again after a 429, 500,
 * 502, 503 or 504 answer or a network failure: after the Retry-After the service asks for, otherwise after
 * a backoff that doubles each try. Redirects are not followed. When the tries are spent the failure is a
 * {@link ServiceException} naming the address, the last status and the number of tries.
 */
public final class WikidataClient {

    /** One hit of the entity search, in the order the service ranks them. */
    public record SearchHit(String qid, String label, String description) {}

    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);

    private final ServiceSettings settings;
    private final HttpClient http;
    private long nextStart = System.nanoTime();
    private int requests;

    public WikidataClient(ServiceSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public ServiceSettings settings() { return settings; }

    /** Requests sent so far, retries included. */
    public synchronized int requests() { return requests; }

    /** Items whose label or alias matches {@code text} ({@code action=wbsearchentities}, items only). */
    public List<SearchHit> search(String text, String language, int limit) {
        String sep = settings.search().getQuery() == null ? "?" : "&";
        URI uri = URI.create(settings.search() + sep + "action=wbsearchentities&type=item&format=json"
                + "&language=" + encode(language) + "&uselang=" + encode(language)
                + "&limit=" + limit + "&search=" + encode(text));
        HttpRequest request = request(uri).GET().header("Accept", "application/json").build();
        JsonObject answer = parseJson(uri, send(request));
        if (answer.hasKey("error")) {
            throw new ServiceException(uri + " refused the search: " + answer.get("error"));
        }
        List<SearchHit> hits = new ArrayList<>();
        JsonValue search = answer.get("search");
        if (search == null || !search.isArray()) {
            throw new ServiceException(uri + " answered without a 'search' list; is it a MediaWiki API (api.php)?");
        }
        for (JsonValue v : search.getAsArray()) {
            JsonObject hit = v.getAsObject();
            hits.add(new SearchHit(string(hit, "id"), string(hit, "label"), string(hit, "description")));
        }
        return hits;
    }

    /** The solutions of a SELECT query, sent as an HTML form POST. */
    public List<QuerySolution> select(Query query) {
        URI uri = settings.sparql();
        HttpRequest request = request(uri)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query.serialize())))
                .build();
        String body = send(request);
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        } catch (RiotException | JsonException e) {
            throw new ServiceException(uri + " did not answer with SPARQL JSON results: " + e.getMessage(), e);
        }
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", settings.userAgent());
    }

    /** Sends with rate limit and retries; returns the body of a 200 answer. */
    private String send(HttpRequest request) {
        String last = "";
        for (int attempt = 1; ; attempt++) {
            waitForTurn();
            Duration wait;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) return response.body();
                last = "answered " + status + excerpt(response.body());
                if (!RETRIED.contains(status)) {
                    throw new ServiceException(request.uri() + " " + last + "; check --sparql-url and --search-url");
                }
                wait = retryAfter(response).orElse(backoff(attempt));
            } catch (IOException e) {
                last = "could not be reached (" + e + ")";
                wait = backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceException("interrupted while calling " + request.uri(), e);
            }
            if (attempt >= settings.tries()) {
                throw new ServiceException(request.uri() + " " + last + ", " + attempt + (attempt == 1 ? " try" : " tries")
                        + "; the service is failing: try again later, or use another service (--sparql-url, --search-url)");
            }
            if (wait.compareTo(settings.maxWait()) > 0) {
                throw new ServiceException(request.uri() + " " + last + " and asks to wait " + wait.toSeconds()
                        + " s, longer than --max-wait " + settings.maxWait().toSeconds() + " s; try again later");
            }
            sleep(wait);
        }
    }

    /** The rate limit: a request starts at least {@code minInterval} after the previous one started. */
    private synchronized void waitForTurn() {
        long now = System.nanoTime();
        if (nextStart > now) sleep(Duration.ofNanos(nextStart - now));
        nextStart = Math.max(now, nextStart) + settings.minInterval().toNanos();
        requests++;
    }

    private Duration backoff(int attempt) {
        return settings.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> retryAfter(v, ZonedDateTime.now()));
    }

    /** {@code "120"} or {@code "Fri, 04 Dec 2026 18:00:00 GMT"} as a wait from {@code now}; empty when unreadable. */
    static Optional<Duration> retryAfter(String header, ZonedDateTime now) {
        String v = header.strip();
        if (v.matches("[0-9]{1,9}")) return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        try {
            Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException("interrupted while waiting for the service", e);
        }
    }

    private static JsonObject parseJson(URI uri, String body) {
        try {
            return JSON.parse(body);
        } catch (JsonException e) {
            throw new ServiceException(uri + " did not answer with JSON: " + e.getMessage(), e);
        }
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : "";
    }

    private static String excerpt(String body) {
        String b = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return b.isEmpty() ? "" : " (" + (b.length() > 200 ? b.substring(0, 200) + "..." : b) + ")";
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
