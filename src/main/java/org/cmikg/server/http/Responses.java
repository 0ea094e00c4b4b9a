package org.cmikg.server.http;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.cmikg.vocab.Namespaces;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How the server's own pages answer: HTML from the precompiled templates of {@code src/main/jte} (which
 * escape every value), RDF in the negotiated syntax, and JSON made safe to embed in a script element.
 */
public final class Responses {
    private Responses() {}

    /** One engine for every page: precompiled templates, HTML content type, so output is escaped. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} with its one parameter as the response body. */
    public static void html(HttpServletResponse res, String template, Object param) throws IOException {
        res.setContentType("text/html; charset=utf-8");
        Writer w = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        TEMPLATES.render(template, param, new WriterOutput(w));
        w.flush();
    }

    /** Renders {@code template} with named parameters as the response body. */
    public static void html(HttpServletResponse res, String template, java.util.Map<String, Object> params) throws IOException {
        res.setContentType("text/html; charset=utf-8");
        Writer w = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        TEMPLATES.render(template, params, new WriterOutput(w));
        w.flush();
    }

    /** Renders a template with named parameters into a string (for pages rendered once). */
    public static String render(String template, java.util.Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        return out.toString();
    }

    /** Writes {@code g} in the syntax of {@code type} (Turtle, JSON-LD, RDF/XML, N-Triples), with the project's prefixes. */
    public static void rdf(HttpServletResponse res, Graph g, MediaType type) throws IOException {
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(Namespaces.BASE));
        res.setContentType(type.getContentTypeStr() + "; charset=utf-8");
        RDFDataMgr.write(res.getOutputStream(), g, RDFLanguages.contentTypeToLang(type.getContentTypeStr()));
    }

    /** JSON that cannot close the {@code <script>} element it is embedded in. */
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
