package org.cmikg.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A record of cmi-kg as the reconciler sees it: what to search for and what to compare candidates with.
 *
 * @param id        the record ID ({@code che-guevara})
 * @param kind      the record kind ({@code person})
 * @param labels    the names to search for, each with the language to search in
 * @param names     every name and alternative name, compared with the candidates' labels and aliases
 * @param countries the Wikidata items of its countries (nationality, country, host country), where linked
 * @param start     earliest and latest day of its start, or null
 * @param end       earliest and latest day of its end, or null
 * @param classes   the Wikidata classes a matching item must be an instance of (P31/P279*); empty: no check
 */
public record Entity(String id, String kind, List<Label> labels, List<String> names, Set<String> countries,
        Span start, Span end, Set<String> classes) {

    /** A name in a language ({@code en} when the record does not say). */
    public record Label(String text, String language) {}

    /** The days a date written in the records can mean ({@code 1963-05}: 1963-05-01 to 1963-05-31). */
    public record Span(LocalDate earliest, LocalDate latest) {
        /** Whether a day lies in the same years as the span; Wikidata's plain values keep little more than the year. */
        public boolean coversYearOf(LocalDate day) {
            return day.getYear() >= earliest.getYear() && day.getYear() <= latest.getYear();
        }
    }
}
