package org.cmikg.server.reconcile;

/** A request the service cannot answer; the message names the parameter or field at fault and the fix. */
final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequestException(String message) { super(message); }
}
