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
    STATEMENT("statements.csv", "statement");

    private final String fileName;
    private final String kind;

    RecordType(String fileName, String kind) {
        this.fileName = fileName;
        this.kind = kind;
    }

    public String fileName() { return fileName; }

    /** The IRI segment: {@code person} in {@code id/person/che-guevara}. */
    public String kind() { return kind; }

    /** The named graph's name: the file name without {@code .csv}. */
    public String graphName() { return fileName.substring(0, fileName.length() - 4); }
}
