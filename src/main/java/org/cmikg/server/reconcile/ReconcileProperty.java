package org.cmikg.server.reconcile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The properties the service knows: those a query may constrain (all of them) and those a data extension
 * can fetch (all but {@link #DATE}). Dates are the values the sources write (EDTF: {@code 1963},
 * {@code 1963-05-23}, {@code 1963?}), so a partial date keeps its precision in an extended column.
 */
enum ReconcileProperty {
    COUNTRY("country", "Country", "País", "Where it is based or took place; a person's nationality; a deployment's host country"),
    START("start", "Start", "Inicio", "When it began or was founded, as the sources write it"),
    END("end", "End", "Fin", "When it ended, as the sources write it"),
    KIND("kind", "Kind", "Tipo", "The most specific class of the ontology it belongs to"),
    WIKIDATA("wikidata", "Wikidata QID", "QID de Wikidata", "The Wikidata item it is verified to be (skos:exactMatch)"),
    /** A constraint only: any date between the start and the end. */
    DATE("date", "Date", "Fecha", "Any day between its start and its end");

    final String id;
    private final String en;
    private final String es;
    final String description;

    ReconcileProperty(String id, String en, String es, String description) {
        this.id = id;
        this.en = en;
        this.es = es;
        this.description = description;
    }

    String label(String lang) { return "es".equals(lang) ? es : en; }

    boolean extendable() { return this != DATE; }

    static Optional<ReconcileProperty> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    /** Both labels, for suggest to match in English and Spanish. */
    String names() { return id + " " + en + " " + es; }
}
