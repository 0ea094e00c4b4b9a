package org.cmikg.server.editor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.cmikg.model.QueryFile;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /query}: the SPARQL editor (YASGUI, served from the jar) with the project's example queries
 * as tabs and as a list with their descriptions.
 */
public final class QueryEditor extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** What the editor page shows: the examples, and the same as JSON for the script (escaped for a script element). */
    public record Page(List<QueryFile> examples, String examplesJson) {}

    private final transient Page page;
    private final transient TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    public QueryEditor(List<QueryFile> examples) {
        JsonArray json = new JsonArray();
        for (QueryFile q : examples) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("description", q.intent());
            o.put("text", q.text());
            json.add(o);
        }
        String safe = json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        this.page = new Page(examples, safe);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("text/html; charset=utf-8");
        Writer w = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        templates.render("editor.jte", page, new WriterOutput(w));
        w.flush();
    }
}
