package org.cmikg.export.cite;

/**
 * Which edition of the dataset a citation names: a release ({@code 0.1.0} of 2026-11-27) or, for a store not
 * built by {@code cmi release}, the store build and the day it was built.
 */
public record Edition(String version, String date, boolean release) {
    /** "release 0.1.0 of 2026-11-27" or "store build 20261204-1 of 2026-12-04 (not a release)". */
    public String describe() {
        return release ? "release " + version + " of " + date : "store build " + version + " of " + date + " (not a release)";
    }
}
