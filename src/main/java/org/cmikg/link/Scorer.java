package org.cmikg.link;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores a candidate item against a record, in the manner of OpenRefine's Wikidata reconciliation:
 * <ul>
 * <li><b>name</b> (weight {@value #NAME_WEIGHT}): the best similarity between any name of the record and any
 *     label or alias of the item, after folding case and accents and sorting the words
 *     ({@code "Guevara, Ernesto Che"} = {@code "ernesto che guevara"}): 1 − edit distance / length;</li>
 * <li><b>type</b> (weight 1): 1 when the item is an instance (P31/P279*) of a class the ontology expects for
 *     the record's kind ({@code cmi:wikidataClass}), 0 when it is not;</li>
 * <li><b>country</b> (weight 1): 1 when one of the item's countries (P17, P27, P495) is one of the record's
 *     linked countries, 0 when it has countries and none is;</li>
 * <li><b>date</b> (weight 1): 1 when a start (P569, P571, P580) or end (P570, P576, P582) of the item falls in
 *     the years the record's start or end can mean, 0 when the item has such dates and none does.</li>
 * </ul>
 * The total is the weighted mean of the features that could be compared, so that a matching name with
 * the wrong type (a person for a city of the same name) scores at most 0.67. Scores are rounded to two
 * decimals, on the scale of {@code data/link-candidates.csv} (0 to 1).
 */
public final class Scorer {
    public static final int NAME_WEIGHT = 2;
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    public Scores score(Entity e, Candidate c) {
        double name = 0;
        for (String a : e.names()) for (String b : c.names()) name = Math.max(name, similarity(a, b));
        Double type = e.classes().isEmpty() ? null : c.fitsType() ? 1.0 : 0.0;
        Double country = e.countries().isEmpty() || c.countries().isEmpty() ? null
                : c.countries().stream().anyMatch(e.countries()::contains) ? 1.0 : 0.0;
        Double date = date(e, c);

        double sum = NAME_WEIGHT * name;
        int weights = NAME_WEIGHT;
        for (Double f : new Double[] {type, country, date}) {
            if (f != null) { sum += f; weights++; }
        }
        return new Scores(round(name), type, country, date, round(sum / weights));
    }

    private static Double date(Entity e, Candidate c) {
        boolean compared = false;
        if (e.start() != null && !c.starts().isEmpty()) {
            compared = true;
            if (anyIn(e.start(), c.starts())) return 1.0;
        }
        if (e.end() != null && !c.ends().isEmpty()) {
            compared = true;
            if (anyIn(e.end(), c.ends())) return 1.0;
        }
        return compared ? 0.0 : null;
    }

    private static boolean anyIn(Entity.Span span, List<LocalDate> days) {
        return days.stream().anyMatch(span::coversYearOf);
    }

    /** Similarity of two names from 0 to 1, ignoring case, accents, punctuation and word order. */
    public static double similarity(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        int longest = Math.max(x.length(), y.length());
        if (longest == 0) return 0;
        return 1 - (double) LEVENSHTEIN.apply(x, y) / longest;
    }

    /** Lower case, accents and punctuation removed, words sorted: {@code "Médicos, Más"} → {@code "mas medicos"}. */
    public static String normalize(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
