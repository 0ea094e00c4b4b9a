package org.cmikg.link;

import java.util.List;

/**
 * The columns of the review file that {@code cmi link} writes and {@code cmi link --accept} reads. The first
 * eight are those of {@code data/link-candidates.csv}; then each feature's score, the service asked, and
 * the reviewer's decision ({@value #ACCEPT} to make the row a link, anything else or blank to leave it).
 */
public final class ReviewFile {
    private ReviewFile() {}

    public static final String RECORD = "record";
    public static final String WIKIDATA = "wikidata";
    public static final String LABEL = "label";
    public static final String DESCRIPTION = "description";
    public static final String SCORE = "score";
    public static final String METHOD = "method";
    public static final String FOUND = "found";
    public static final String NOTES = "notes";
    public static final String NAME_SCORE = "name_score";
    public static final String TYPE_SCORE = "type_score";
    public static final String COUNTRY_SCORE = "country_score";
    public static final String DATE_SCORE = "date_score";
    public static final String SERVICE = "service";
    public static final String DECISION = "decision";

    public static final List<String> HEADER = List.of(RECORD, WIKIDATA, LABEL, DESCRIPTION, SCORE, METHOD, FOUND, NOTES,
            NAME_SCORE, TYPE_SCORE, COUNTRY_SCORE, DATE_SCORE, SERVICE, DECISION);

    /** The columns of {@code data/link-candidates.csv}: the first eight of the review file. */
    public static final List<String> CANDIDATE_COLUMNS = HEADER.subList(0, 8);

    /** The decision that makes a row a link. */
    public static final String ACCEPT = "accept";

    /** What the method column says of every row, as in {@code data/link-candidates.csv}: proposed by {@code cmi link}. */
    public static final String METHOD_RECONCILER = "reconciler";
}
