package org.cmikg.server.reconcile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.cmikg.server.i18n.Words;
import org.cmikg.server.http.Responses;
import org.cmikg.server.http.SecurityHeaders;
import org.cmikg.server.linkeddata.EntityServlet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /reconcile}: the W3C Entity Reconciliation API 0.2 (the version OpenRefine 3.x speaks).
 * <pre>
 * GET  /reconcile                                  the service manifest
 * GET or POST /reconcile?queries={"q0":{...},...}  a batch of queries (also query=NAME or query={...})
 * GET or POST /reconcile?extend={"ids":[...],"properties":[{"id":"country"}]}   data extension
 * GET  /reconcile/suggest/entity?prefix=...&amp;type=...   and /suggest/type, /suggest/property
 * GET  /reconcile/properties?type=Person            properties to extend a type with
 * GET  /reconcile/preview?id=person/che-guevara     an HTML card;  /reconcile/view?id=... the entity page
 * </pre>
 * Every JSON answer can be wrapped for JSONP with {@code callback=NAME}. Everything is answered from
 * memory (the search index and {@link EntityFacts}, both built when the server starts).
 */
public final class ReconcileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** At most this many queries in one batch (OpenRefine sends 10). */
    static final int MAX_BATCH = 100;
    private static final int MAX_QUERY_LENGTH = 1000;
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient EntityFacts facts;
    private final transient Reconciler reconciler;
    private final transient Suggester suggester;
    private final transient DataExtension extension;
    private final transient Describer describer;
    private final transient NameIndex index;

    public ReconcileServlet(DatasetGraph dsg) {
        this.index = NameIndex.build(dsg);
        this.facts = EntityFacts.build(dsg);
        this.describer = new Describer(index, facts);
        this.reconciler = new Reconciler(index, facts, describer);
        this.suggester = new Suggester(index, facts, describer);
        this.extension = new DataExtension(index, facts, describer);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException { doGet(req, res); }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String lang = Words.language(req);
        res.setHeader("Vary", "Accept-Language");
        try {
            switch (path) {
                case "/" -> service(req, res, lang);
                case "/suggest/entity" -> json(req, res, new Api.Suggestions(
                        suggester.entities(req.getParameter("prefix"), req.getParameter("type"), cursor(req), lang)));
                case "/suggest/type" -> json(req, res, new Api.Suggestions(suggester.types(req.getParameter("prefix"), cursor(req), lang)));
                case "/suggest/property" -> json(req, res, new Api.Suggestions(suggester.properties(req.getParameter("prefix"), cursor(req), lang)));
                case "/properties" -> json(req, res, extension.propose(req.getParameter("type"),
                        intParam(req, "limit", DataExtension.PROPERTIES), lang));
                case "/preview" -> preview(req, res, lang);
                case "/view" -> view(req, res);
                default -> {
                    res.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    json(req, res, new Api.Error("no such reconciliation route: " + path
                            + "; see the manifest at /reconcile"));
                }
            }
        } catch (BadRequestException e) {
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            json(req, res, new Api.Error(e.getMessage()));
        }
    }

    private void service(HttpServletRequest req, HttpServletResponse res, String lang) throws IOException {
        String queries = req.getParameter("queries");
        String query = req.getParameter("query");
        String extend = req.getParameter("extend");
        if (queries != null) json(req, res, batch(parse(queries, "queries"), lang));
        else if (query != null) json(req, res, new Api.Result(reconciler.reconcile(single(query), lang)));
        else if (extend != null) {
            JsonNode e = parse(extend, "extend");
            List<String> ids = new ArrayList<>();
            e.path("ids").forEach(i -> ids.add(i.asText()));
            List<String> props = new ArrayList<>();
            e.path("properties").forEach(p -> props.add(p.path("id").asText()));
            if (!e.path("ids").isArray() || props.isEmpty())
                throw new BadRequestException("extend must be {\"ids\": [...], \"properties\": [{\"id\": \"country\"}]}");
            json(req, res, extension.extend(ids, props, lang));
        } else {
            String url = req.getRequestURL().toString();
            String site = url.substring(0, url.indexOf("/reconcile"));
            json(req, res, Manifest.of(site + "/reconcile", site, facts, lang));
        }
    }

    private Map<String, Api.Result> batch(JsonNode batch, String lang) {
        if (!batch.isObject()) throw new BadRequestException("queries must be a JSON object: {\"q0\": {\"query\": \"...\"}, ...}");
        if (batch.size() > MAX_BATCH) throw new BadRequestException("queries: at most " + MAX_BATCH + " queries per batch");
        Map<String, Api.Result> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = batch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Query q = Query.parse(e.getValue(), "queries." + e.getKey());
            checkLength(q.text());
            out.put(e.getKey(), new Api.Result(reconciler.reconcile(q, lang)));
        }
        return out;
    }

    /** {@code query=Che Guevara}, or {@code query={"query": "Che Guevara", "type": "Person"}}. */
    private static Query single(String query) {
        checkLength(query);
        String s = query.strip();
        return s.startsWith("{") ? Query.parse(parse(s, "query"), "query") : Query.of(s);
    }

    private static void checkLength(String text) {
        if (text.length() > MAX_QUERY_LENGTH) throw new BadRequestException("a query is at most " + MAX_QUERY_LENGTH + " characters");
    }

    private void preview(HttpServletRequest req, HttpServletResponse res, String lang) throws IOException {
        String iri = EntityIds.toIri(required(req, "id"));
        NameIndex.Candidate c = index.entity(iri).orElse(null);
        if (c == null) {
            res.setStatus(HttpServletResponse.SC_NOT_FOUND);
            Responses.html(res, "notfound.jte", "/reconcile/preview?id=" + req.getParameter("id"));
            return;
        }
        EntityFacts.Facts f = facts.of(iri);
        allowFraming(res);
        Responses.html(res, "reconcile-preview.jte", new Preview(c.label(lang), describer.kindLabel(c, lang), f.description(),
                f.countries().stream().map(k -> describer.label(k, lang)).toList(),
                f.start() == null ? null : f.start().written(), f.end() == null ? null : f.end().written(),
                f.qid(), EntityServlet.localHref(iri), lang));
    }

    /**
     * A client shows the preview card in a frame of its own page (OpenRefine on another port), so this one
     * response may be framed by any site; it holds no script and no form, only the record's facts and a link.
     */
    private static void allowFraming(HttpServletResponse res) {
        res.setHeader("X-Frame-Options", null);
        res.setHeader("Content-Security-Policy",
                SecurityHeaders.CONTENT_SECURITY_POLICY.replaceAll("frame-ancestors [^;]*", "frame-ancestors *"));
    }

    /** The entity page of an API id: {@code /reconcile/view?id=person/che-guevara} redirects to {@code /id/person/che-guevara}. */
    private void view(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String iri = EntityIds.toIri(required(req, "id"));
        if (index.entity(iri).isEmpty()) {
            res.setStatus(HttpServletResponse.SC_NOT_FOUND);
            Responses.html(res, "notfound.jte", "/reconcile/view?id=" + req.getParameter("id"));
            return;
        }
        res.setStatus(HttpServletResponse.SC_SEE_OTHER);
        res.setHeader("Location", EntityServlet.localHref(iri));
    }

    private static String required(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) throw new BadRequestException("missing parameter '" + name + "'");
        return v.strip();
    }

    private static int cursor(HttpServletRequest req) { return intParam(req, "cursor", 0); }

    private static int intParam(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("parameter '" + name + "' must be a whole number, 0 or more: '" + v + "'");
    }

    private static JsonNode parse(String text, String param) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("parameter '" + param + "' is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Writes {@code body} as JSON, or as JSONP when a valid {@code callback} is given. */
    private static void json(HttpServletRequest req, HttpServletResponse res, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        String callback = req.getParameter("callback");
        res.setHeader("X-Content-Type-Options", "nosniff");
        if (callback != null && CALLBACK.matcher(callback).matches()) {
            res.setContentType("application/javascript; charset=utf-8");
            res.getOutputStream().write(("/**/" + callback + "(").getBytes(StandardCharsets.UTF_8));
            res.getOutputStream().write(bytes);
            res.getOutputStream().write(");".getBytes(StandardCharsets.UTF_8));
            return;
        }
        res.setContentType("application/json; charset=utf-8");
        res.getOutputStream().write(bytes);
    }
}
