package org.cmikg.cli;

/** A query file that cannot be read or parsed, with the file (and line and column) in the message. */
final class QueryFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueryFileException(String message) { super(message); }
}
