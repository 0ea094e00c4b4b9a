package org.cmikg.link;

/** The Wikidata-compatible service could not be used: it failed after the retries, or answered nonsense. */
public final class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceException(String message) { super(message); }

    public ServiceException(String message, Throwable cause) { super(message, cause); }
}
