package org.cmikg.cli;

import java.net.BindException;

import org.apache.jena.query.QueryParseException;
import org.cmikg.link.ServiceException;
import org.cmikg.records.ProblemsException;
import org.cmikg.store.StoreException;

import picocli.CommandLine;

/** The exit codes of {@code cmi}, mapped from exceptions in this one place. */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    public static final int OK = 0;
    /** A bug or an unexpected failure; run again with --verbose and report it. */
    public static final int SOFTWARE = 1;
    /** Unknown option, missing argument (picocli's own code). */
    public static final int USAGE = 2;
    /** The records, the ontology or a review file have problems; nothing was stored or written. */
    public static final int INVALID_DATA = 3;
    /** The store is missing, locked by another process or not writable. */
    public static final int STORE = 4;
    /** The query file is missing or not valid SPARQL. */
    public static final int QUERY = 5;
    /** The server could not start (the port is taken). */
    public static final int SERVER = 6;
    /** The Wikidata-compatible service of {@code cmi link} failed after its retries. */
    public static final int SERVICE = 7;

    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof CommandLine.ParameterException) return USAGE;
        if (t instanceof ProblemsException) return INVALID_DATA;
        if (t instanceof ServiceException) return SERVICE;
        if (t instanceof StoreException) return STORE;
        if (t instanceof QueryParseException || t instanceof QueryFileException) return QUERY;
        if (t instanceof ServeCommand.ServerStartException || isBindFailure(t)) return SERVER;
        return SOFTWARE;
    }

    static boolean isBindFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BindException) return true;
        }
        return false;
    }
}
