package org.cmikg.server.editor;

import java.io.IOException;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.cmikg.model.QueryFile;
import org.cmikg.server.http.Responses;

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

    public QueryEditor(List<QueryFile> examples) {
        JsonArray json = new JsonArray();
        for (QueryFile q : examples) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("description", q.intent());
            o.put("text", q.text());
            json.add(o);
        }
        this.page = new Page(examples, Responses.scriptJson(json.toString()));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Responses.html(res, "editor.jte", page);
    }
}
