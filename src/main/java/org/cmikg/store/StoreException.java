package org.cmikg.store;

/** The store cannot be used as asked: missing, held by another process, or not writable. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
