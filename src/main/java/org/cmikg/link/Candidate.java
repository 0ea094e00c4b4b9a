package org.cmikg.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A Wikidata item that may be a record's item, with the facts the reconciler compares.
 *
 * @param qid         the item ID ({@code Q5809})
 * @param label       its English label, else its Spanish or language-neutral one, else the search's
 * @param description its English description, else its Spanish one
 * @param names       its labels and aliases
 * @param classes     its instance of (P31) values
 * @param fitsType    whether it is an instance of an expected class (P31/P279*)
 * @param countries   its country (P17), country of citizenship (P27), country of origin (P495) values
 * @param starts      its date of birth (P569), inception (P571) and start time (P580) values
 * @param ends        its date of death (P570), dissolved (P576) and end time (P582) values
 */
public record Candidate(String qid, String label, String description, List<String> names, Set<String> classes,
        boolean fitsType, Set<String> countries, List<LocalDate> starts, List<LocalDate> ends) {}
