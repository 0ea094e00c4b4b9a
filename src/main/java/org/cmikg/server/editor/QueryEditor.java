package org.cmikg.server.editor;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.cmikg.model.QueryFile;
import org.cmikg.server.http.Responses;
import org.cmikg.server.i18n.Words;
import org.cmikg.vocab.Namespaces;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /query}: the SPARQL editor (YASGUI, served from the jar) with the project's example queries
 * as tabs and as a list with their descriptions, and the prefixes the editor knows: those the server writes its
 * data with ({@link Namespaces#prefixes}) and those the example queries declare (such as {@code measure:} or
 * Wikidata's {@code wdt:}). Typing {@code cmi:} adds its {@code PREFIX} line; running a query adds the lines of
 * the known prefixes it uses without declaring them.
 */
public final class QueryEditor extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /**
     * What the editor page shows, in its language: the examples, and the examples and prefixes as JSON for the
     * script (escaped for a script element).
     */
    public record Page(String lang, List<QueryFile> examples, String examplesJson, String prefixesJson) {
        Page in(String language) { return new Page(language, examples, examplesJson, prefixesJson); }
    }

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
        JsonObject prefixes = new JsonObject();
        knownPrefixes(examples).forEach(prefixes::put);
        this.page = new Page("en", examples, Responses.scriptJson(json.toString()), Responses.scriptJson(prefixes.toString()));
    }

    /** The project's prefixes, then those the examples add; where both name a prefix, the project's wins. */
    static Map<String, String> knownPrefixes(List<QueryFile> examples) {
        Map<String, String> known = new TreeMap<>();
        for (QueryFile q : examples) {
            try {
                known.putAll(QueryFactory.create(q.text()).getPrefixMapping().getNsPrefixMap());
            } catch (QueryException e) {
                // an example that does not parse declares nothing here; the example tests report it
            }
        }
        known.putAll(Namespaces.prefixes(Namespaces.BASE).getNsPrefixMap());
        return known;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Responses.html(res, "editor.jte", page.in(Words.language(req)));
    }
}
