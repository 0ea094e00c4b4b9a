package org.cmikg.server.about;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.cmikg.export.cite.Edition;
import org.cmikg.export.cite.References;
import org.cmikg.server.GraphSummary;
import org.cmikg.server.http.Responses;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /about}: scope and method, with figures counted from the graph ({@link About}); rendered once. */
public final class AboutPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final byte[] page;

    public AboutPage(About about, GraphSummary summary, Edition edition) {
        String citation = References.sentence(References.page(org.cmikg.vocab.Namespaces.BASE + "dataset",
                References.DATASET_TITLE, edition), edition);
        this.page = Responses.render("about.jte", Map.of("a", about, "s", summary, "edition", edition, "citation", citation))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("text/html; charset=utf-8");
        res.setContentLength(page.length);
        res.getOutputStream().write(page);
    }
}
