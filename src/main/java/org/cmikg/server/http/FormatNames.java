package org.cmikg.server.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The result-format names that SPARQL clients send in {@code format=}, {@code output=} or {@code results=}
 * beyond the short names Fuseki knows: SPARQLWrapper asks for an RDF/XML CONSTRUCT with {@code format=rdf+xml},
 * others write {@code ntriples} or {@code jsonld}. Each is passed on as its media type.
 */
public final class FormatNames extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String[] PARAMETERS = {"format", "output", "results"};
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "rdf+xml", "application/rdf+xml",
            "rdfxml", "application/rdf+xml",
            "rdf", "application/rdf+xml",
            "ntriples", "application/n-triples",
            "n-triples", "application/n-triples",
            "jsonld", "application/ld+json",
            "json-ld", "application/ld+json",
            "ld+json", "application/ld+json");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        boolean rename = false;
        for (String p : PARAMETERS) rename |= req.getParameter(p) != null && MEDIA_TYPES.containsKey(key(req.getParameter(p)));
        chain.doFilter(rename ? new Renamed(req) : req, res);
    }

    private static String key(String value) { return value.strip().toLowerCase(Locale.ROOT); }

    private static String mediaType(String value) { return value == null ? null : MEDIA_TYPES.getOrDefault(key(value), value); }

    private static final class Renamed extends HttpServletRequestWrapper {
        Renamed(HttpServletRequest req) { super(req); }

        private static boolean isFormat(String name) { return Arrays.asList(PARAMETERS).contains(name); }

        @Override
        public String getParameter(String name) {
            return isFormat(name) ? mediaType(super.getParameter(name)) : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null || !isFormat(name) ? values : Arrays.stream(values).map(FormatNames::mediaType).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            for (String p : PARAMETERS) if (map.containsKey(p)) map.put(p, getParameterValues(p));
            return Collections.unmodifiableMap(map);
        }
    }
}
