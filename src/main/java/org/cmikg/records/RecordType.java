package org.cmikg.records;

/**
 * The record files of {@code data/}, in load order. Each has a file name, the kind that goes into its
 * records' IRIs ({@code id/person/...}) and the named graph it lands in ({@code graph/people}).
 * Documented column by column in {@code data/README.md}.
 */
public enum RecordType {
    SOURCE("sources.csv", "source"),
    COUNTRY("countries.csv", "country"),
    PLACE("places.csv", "place"),
    ORGANIZATION("organizations.csv", "organization"),
    PERSON("people.csv", "person"),
    PROGRAMME("programmes.csv", "programme"),
    EVENT("events.csv", "event"),
    DEPLOYMENT("deployments.csv", "deployment"),
    ROLE("roles.csv", "role"),
    CLAIM("claims.csv", "claim"),
    STATEMENT("statements.csv", "statement"),
    /** Figures (counts, amounts, percentages) of a record, each as of a date, sourced and ranked. */
    FIGURE("figures.csv", "figure"),
    /** Verified links to Wikidata; rows have no ID of their own, each is about the record it names. */
    LINK("links.csv", "link", false),
    /** Unverified matches to Wikidata, kept for review; they never become links. */
    LINK_CANDIDATE("link-candidates.csv", "link-candidate", false),
    /** Records searched for a Wikidata item where none was found, with what was searched, by whom and when. */
    LINK_SEARCH("link-searches.csv", "link-search", false);

    /** The record files whose records may be linked to Wikidata items. */
    public static final java.util.List<RecordType> LINKABLE = java.util.List.of(PERSON, ORGANIZATION, PROGRAMME, EVENT,
            PLACE, DEPLOYMENT, COUNTRY);

    private final String fileName;
    private final String kind;
    private final boolean hasIds;

    RecordType(String fileName, String kind) { this(fileName, kind, true); }

    RecordType(String fileName, String kind, boolean hasIds) {
        this.fileName = fileName;
        this.kind = kind;
        this.hasIds = hasIds;
    }

    public String fileName() { return fileName; }

    /** The IRI segment: {@code person} in {@code id/person/che-guevara}. */
    public String kind() { return kind; }

    /** Whether each row declares a record with an {@code id} column; false for files of rows about other records. */
    public boolean hasIds() { return hasIds; }

    /** The named graph's name: the file name without {@code .csv}. */
    public String graphName() { return fileName.substring(0, fileName.length() - 4); }
}
