package org.cmikg.server.about;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import org.cmikg.export.cite.Edition;
import org.cmikg.export.cite.References;
import org.cmikg.server.GraphSummary;
import org.cmikg.server.http.Responses;
import org.cmikg.server.i18n.Words;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /about}: scope and method, with figures counted from the graph ({@link About}). Rendered once, on the first
 * request: the figures run the quality report over the whole store, work that must not lengthen start-up.
 */
public final class AboutPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final Supplier<About> about;
    private final GraphSummary summary;
    private final Edition edition;
    private byte[] english;
    private byte[] spanish;

    public AboutPage(Supplier<About> about, GraphSummary summary, Edition edition) {
        this.about = about;
        this.summary = summary;
        this.edition = edition;
    }

    private synchronized byte[] page(String lang) {
        if (english == null) {
            String citation = References.sentence(References.page(org.cmikg.vocab.Namespaces.BASE + "dataset",
                    References.DATASET_TITLE, edition), edition);
            About a = about.get();
            english = render(a, citation, "en");
            spanish = render(a, citation, "es");
        }
        return "es".equals(lang) ? spanish : english;
    }

    private byte[] render(About a, String citation, String lang) {
        return Responses.render("about.jte", Map.of("a", a, "s", summary, "edition", edition, "citation", citation, "lang", lang))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        byte[] page = page(Words.language(req));
        res.setHeader("Vary", "Accept-Language");
        res.setContentType("text/html; charset=utf-8");
        res.setContentLength(page.length);
        res.getOutputStream().write(page);
    }
}
