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
import org.cmikg.export.cite.CitationFormat;
import org.cmikg.export.cite.Edition;
import org.cmikg.export.cite.Reference;
import org.cmikg.export.cite.References;
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
    private static final Pattern PATH = Pattern.compile("/([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\.([a-z]+(?:\\.json)?))?");
    private static final MediaType HTML = MediaType.create("text/html");
    private static final Map<String, MediaType> BY_EXTENSION = Map.of(
            "html", HTML,
            "ttl", MediaType.create("text/turtle"),
            "jsonld", MediaType.create("application/ld+json"),
            "rdf", MediaType.create("application/rdf+xml"),
            "nt", MediaType.create("application/n-triples"),
            "bib", MediaType.create(CitationFormat.BIBTEX.mediaType()),
            "ris", MediaType.create(CitationFormat.RIS.mediaType()),
            "csl.json", MediaType.create(CitationFormat.CSL_JSON.mediaType()));
    /** Offered in this order: a client that accepts anything gets the page; citation formats as DOI resolvers offer them. */
    private static final AcceptList OFFERS = AcceptList.create(HTML, BY_EXTENSION.get("ttl"), BY_EXTENSION.get("jsonld"),
            BY_EXTENSION.get("rdf"), BY_EXTENSION.get("nt"), BY_EXTENSION.get("bib"), BY_EXTENSION.get("ris"),
            BY_EXTENSION.get("csl.json"));

    private final transient DatasetGraph dsg;
    private final transient Edition edition;

    /** Pages of {@code dsg}; their "Cite this" names {@code edition}. */
    public EntityServlet(DatasetGraph dsg, Edition edition) {
        this.dsg = dsg;
        this.edition = edition;
    }

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
                    + "application/rdf+xml, application/n-triples, application/x-bibtex, application/x-research-info-systems, "
                    + "application/vnd.citationstyles.csl+json");
            return;
        }
        Node entity = NodeFactory.createURI(Namespaces.BASE + "id/" + m.group(1) + "/" + m.group(2));
        String localPath = "/id/" + m.group(1) + "/" + m.group(2);
        String lang = org.cmikg.server.i18n.Words.language(req);
        boolean found = Txn.calculateRead(dsg, () -> {
            EntityViewBuilder builder = new EntityViewBuilder(dsg, lang, edition);
            if (!builder.exists(entity)) return false;
            try {
                var citation = CitationFormat.byMediaType(type.getContentTypeStr());
                if (HTML.equals(type)) Responses.html(res, "entity.jte", builder.build(entity, localPath, "incoming".equals(req.getParameter("all"))));
                else if (citation.isPresent()) cite(res, citation.get(), References.page(entity.getURI(), builder.label(entity), edition),
                        m.group(2));
                else Responses.rdf(res, builder.description(entity), type);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        });
        if (!found) notFound(res, req.getRequestURI());
    }

    /** The page's citation as a file a reference manager imports. */
    static void cite(HttpServletResponse res, CitationFormat format, Reference page, String name) throws IOException {
        res.setContentType(format.mediaType() + "; charset=utf-8");
        res.setHeader("Content-Disposition", "inline; filename=\"" + name + "." + format.extension() + "\"");
        var w = new java.io.OutputStreamWriter(res.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
        try (CitationFormat.Out out = format.open(w)) {
            out.write(page);
        }
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
}
