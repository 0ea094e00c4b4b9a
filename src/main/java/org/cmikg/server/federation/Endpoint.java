package org.cmikg.server.federation;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A SPARQL endpoint address in one canonical spelling ({@code https://host:443/path?query}), so that
 * {@code https://Query.Wikidata.org/sparql} and {@code https://query.wikidata.org:443/sparql} are the same
 * endpoint and {@code https://query.wikidata.org/sparql/x} is another.
 */
record Endpoint(String scheme, String host, int port, String pathAndQuery) {

    /** Parses an absolute http(s) URL; anything else is refused with the reason. */
    static Endpoint parse(String url) {
        URI uri;
        try {
            uri = new URI(url).normalize();
        } catch (URISyntaxException e) {
            throw new ServiceRefusedException("SERVICE <" + url + ">: not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ServiceRefusedException("SERVICE <" + url + ">: only http and https endpoints can be called");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new ServiceRefusedException("SERVICE <" + url + ">: the URL needs a host and no user name");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new Endpoint(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path + query);
    }

    /**
     * Whether the operator named a local machine on purpose ({@code localhost} or a literal loopback or
     * private address): only then may the endpoint resolve to such an address.
     */
    boolean namesLocalHost() {
        if (host.equals("localhost")) return true;
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) return false;
        try {
            return !PublicAddresses.isPublic(InetAddress.getByName(literal));
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() { return scheme + "://" + host + ":" + port + pathAndQuery; }
}
