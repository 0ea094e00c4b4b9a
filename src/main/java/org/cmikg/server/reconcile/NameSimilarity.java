package org.cmikg.server.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How close a queried name is to an entity's name, from 0 to 1, both already normalized (lower case, no
 * accents or punctuation). 1 only when they are equal; otherwise the Dice overlap of their words, where
 * a word counts fully when equal, nearly when one edit away (long words) or when it starts the other
 * (an abbreviation such as {@code intl} for {@code international}), and small function words
 * ({@code de}, {@code la}, {@code of}, {@code the}) weigh a quarter of other words.
 */
final class NameSimilarity {
    private NameSimilarity() {}

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "and", "the", "of", "for", "in", "on", "to",
            "de", "del", "la", "las", "el", "los", "y", "e", "en", "para", "por", "da", "do", "dos", "das",
            "des", "du", "le", "les", "et");
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    /** Function words count a quarter of a word: present, so that an initial is never dropped, but slight. */
    private static final double FUNCTION_WORD_WEIGHT = 0.25;
    /** Never 1 for names that differ: equality is the only certain evidence a name gives. */
    private static final double BELOW_EQUAL = 0.98;

    static double of(String query, String name) {
        if (query.isEmpty() || name.isEmpty()) return 0;
        if (query.equals(name)) return 1;
        if (query.replace(" ", "").equals(name.replace(" ", ""))) return BELOW_EQUAL;
        List<String> q = List.of(query.split(" "));
        List<String> unused = new ArrayList<>(List.of(name.split(" ")));
        double total = weight(q) + weight(unused);
        double matched = 0;
        for (String w : q) {
            double best = 0;
            String bestWord = null;
            for (String v : unused) {
                double s = wordScore(w, v);
                if (s > best) { best = s; bestWord = v; }
            }
            if (bestWord != null) unused.remove(bestWord);
            matched += best * weight(w);
        }
        return Math.min(BELOW_EQUAL, 2 * matched / total);
    }

    private static double weight(String word) { return FUNCTION_WORDS.contains(word) ? FUNCTION_WORD_WEIGHT : 1; }

    private static double weight(List<String> words) { return words.stream().mapToDouble(NameSimilarity::weight).sum(); }

    private static double wordScore(String a, String b) {
        if (a.equals(b)) return 1;
        if (a.length() >= 5 && b.length() >= 5 && ONE_EDIT.apply(a, b) >= 0) return 0.9;
        if (a.length() >= 3 && b.length() >= 3 && (a.startsWith(b) || b.startsWith(a))) return 0.7;
        return 0;
    }
}
