package org.cmikg.server.federation;

import org.apache.jena.query.QueryDeniedException;

/**
 * A {@code SERVICE} call this server will not make (the endpoint is not on the allow-list, resolves to a
 * private address, redirects, or answers too much). Fuseki answers it with HTTP 422 and the message.
 */
public final class ServiceRefusedException extends QueryDeniedException {
    private static final long serialVersionUID = 1L;

    public ServiceRefusedException(String message) { super(message); }
}
