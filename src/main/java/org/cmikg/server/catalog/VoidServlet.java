package org.cmikg.server.catalog;

import java.io.IOException;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.cmikg.server.i18n.Words;
import org.cmikg.server.http.Responses;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /void} and {@code /.well-known/void}: the dataset description, Turtle unless asked otherwise. A browser,
 * whose {@code Accept} names {@code text/html} first, gets it as a page; RDF clients and {@code curl} (which
 * accept anything) get Turtle. Its URLs are under the configured public address, never the request's {@code Host}.
 */
public final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final AcceptList OFFERS = AcceptList.create(MediaType.create("text/turtle"),
            MediaType.create("application/ld+json"), MediaType.create("application/rdf+xml"), MediaType.create("application/n-triples"));

    private static final MediaType HTML = MediaType.create("text/html");
    private static final AcceptList WITH_HTML = AcceptList.create(MediaType.create("text/turtle"), HTML,
            MediaType.create("application/ld+json"), MediaType.create("application/rdf+xml"), MediaType.create("application/n-triples"));

    private final transient DatasetDescription description;

    private final String publicUrl;

    /** {@code publicUrl}: the server's address as clients know it, or null for {@code http://localhost:PORT}. */
    public VoidServlet(DatasetDescription description, String publicUrl) {
        this.description = description;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String accept = req.getHeader("Accept");
        // Never the client's Host header: anyone could make the description name their own host.
        String base = publicUrl != null ? publicUrl : "http://localhost:" + req.getLocalPort();
        res.setHeader("Vary", "Accept");
        if (accept != null && accept.contains("text/html") && HTML.equals(ConNeg.match(accept, WITH_HTML))) {
            Responses.html(res, "void.jte", java.util.Map.of("d", description, "base", base, "lang", Words.language(req)));
            return;
        }
        MediaType type = accept == null ? MediaType.create("text/turtle") : ConNeg.match(accept, OFFERS);
        if (type == null) type = MediaType.create("text/turtle");
        Responses.rdf(res, description.graph(base), type);
    }
}
