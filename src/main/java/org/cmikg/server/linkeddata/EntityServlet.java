package org.cmikg.server.linkeddata;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cmikg.server.http.Responses;
import org.cmikg.vocab.Namespaces;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences entity IRIs: {@code /id/{kind}/{id}} answers for {@code https://w3id.org/cmi-kg/id/{kind}/{id}}.
 * HTML for browsers; Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept} header or by file extension
 * ({@code .ttl}, {@code .jsonld}, {@code .rdf}, {@code .nt}, {@code .html}). The page's language follows
 * {@code ?lang=en|es}, else the {@code Accept-Language} header, else English.
 */
public final class EntityServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\.([a-z]+))?");
    private static final MediaType HTML = MediaType.create("text/html");
    private static final Map<String, MediaType> BY_EXTENSION = Map.of(
            "html", HTML,
            "ttl", MediaType.create("text/turtle"),
            "jsonld", MediaType.create("application/ld+json"),
            "rdf", MediaType.create("application/rdf+xml"),
            "nt", MediaType.create("application/n-triples"));
    /** Offered in this order: a client that accepts anything gets the page. */
    private static final AcceptList OFFERS = AcceptList.create(HTML, BY_EXTENSION.get("ttl"), BY_EXTENSION.get("jsonld"),
            BY_EXTENSION.get("rdf"), BY_EXTENSION.get("nt"));

    private final transient DatasetGraph dsg;

    public EntityServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Matcher m = PATH.matcher(path);
        res.setHeader("Vary", "Accept, Accept-Language");
        if (!m.matches() || (m.group(3) != null && !BY_EXTENSION.containsKey(m.group(3)))) {
            notFound(res, req.getRequestURI());
            return;
        }
        MediaType type = m.group(3) != null ? BY_EXTENSION.get(m.group(3)) : negotiate(req.getHeader("Accept"));
        if (type == null) {
            res.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: text/html, text/turtle, application/ld+json, "
                    + "application/rdf+xml, application/n-triples");
            return;
        }
        Node entity = NodeFactory.createURI(Namespaces.BASE + "id/" + m.group(1) + "/" + m.group(2));
        String localPath = "/id/" + m.group(1) + "/" + m.group(2);
        String lang = language(req);
        boolean found = Txn.calculateRead(dsg, () -> {
            EntityViewBuilder builder = new EntityViewBuilder(dsg, lang);
            if (!builder.exists(entity)) return false;
            try {
                if (HTML.equals(type)) Responses.html(res, "entity.jte", builder.build(entity, localPath));
                else Responses.rdf(res, builder.description(entity), type);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        });
        if (!found) notFound(res, req.getRequestURI());
    }

    private static void notFound(HttpServletResponse res, String uri) throws IOException {
        res.setStatus(HttpServletResponse.SC_NOT_FOUND);
        Responses.html(res, "notfound.jte", uri);
    }

    /** The local link of an entity IRI: {@code https://w3id.org/cmi-kg/id/x/y} becomes {@code /id/x/y}. */
    public static String localHref(String iri) {
        return EntityViewBuilder.href(NodeFactory.createURI(iri));
    }

    static MediaType negotiate(String accept) {
        if (accept == null || accept.isBlank()) return HTML;
        return ConNeg.match(accept, OFFERS);
    }

    /** {@code en} or {@code es}: the {@code lang} parameter, else the preferred of the two in Accept-Language. */
    public static String language(HttpServletRequest req) {
        String p = req.getParameter("lang");
        if ("es".equals(p) || "en".equals(p)) return p;
        String header = req.getHeader("Accept-Language");
        if (header == null || header.isBlank()) return "en";
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("en", "es"));
            return "es".equals(best) ? "es" : "en";
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }
}
