package org.cmikg.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.system.Txn;
import org.cmikg.RunningServer;
import org.cmikg.TestData;
import org.cmikg.export.quickstatements.QuickStatementsExport;
import org.cmikg.export.quickstatements.QuickStatementsV1;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /export?format=quickstatements} on the real server over the QuickStatements fixture. */
class QuickStatementsRouteTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(tmp, TestData.FIXTURES.resolve("quickstatements/data"), b -> b.build("b1", "2026-12-04T10:00:00Z"));
    }

    @AfterAll
    static void stop() { server.close(); }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLinkedFactsDownloadAsQuickStatementsRetrievedTheDayTheStoreWasBuilt() throws Exception {
        HttpResponse<String> r = get("/export?format=quickstatements");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals("attachment; filename=\"cmi-kg-quickstatements-b1.qs.txt\"", r.headers().firstValue("Content-Disposition").orElse(""));
        List<QuickStatementsV1.Command> commands = QuickStatementsV1.parse(r.body());
        assertFalse(commands.isEmpty());
        for (QuickStatementsV1.Command c : commands) assertEquals("+2026-12-04", c.sources().get(1).value().text(), c.toString());
        StringWriter direct = new StringWriter();
        Txn.executeRead(server.dsg(), () -> QuickStatementsExport.over(server.dsg()).write(LocalDate.of(2026, 12, 4), direct));
        assertEquals(direct.toString(), r.body(), "the route serves what the export writes");
    }

    @Test
    void oneRecordsFacts() throws Exception {
        String ministry = "https://w3id.org/cmi-kg/id/organization/example-ministry";
        HttpResponse<String> r = get("/export?format=quickstatements&inline=1&focus=" + URLEncoder.encode(ministry, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        List<QuickStatementsV1.Command> commands = QuickStatementsV1.parse(r.body());
        assertFalse(commands.isEmpty());
        assertTrue(commands.stream().allMatch(c -> c.entity().equals("Q15397819")), r.body());
        assertEquals(400, get("/export?format=quickstatements&focus=nonsense").statusCode());
    }
}
