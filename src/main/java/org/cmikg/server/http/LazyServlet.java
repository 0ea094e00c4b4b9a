package org.cmikg.server.http;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet made on its first request rather than when the server starts: for a route whose servlet reads much of
 * the store when it is made (the reconciliation service's name index), so that start-up does not grow with the store.
 */
public final class LazyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<? extends HttpServlet> make;
    private transient volatile HttpServlet servlet;

    public LazyServlet(Supplier<? extends HttpServlet> make) { this.make = make; }

    private HttpServlet servlet() throws ServletException {
        HttpServlet s = servlet;
        if (s != null) return s;
        synchronized (this) {
            if (servlet == null) {
                HttpServlet made = make.get();
                made.init(getServletConfig());
                servlet = made;
            }
            return servlet;
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        servlet().service(req, res);
    }

    @Override
    public void destroy() {
        if (servlet != null) servlet.destroy();
    }
}
