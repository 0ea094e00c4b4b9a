package org.cmikg.server;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/**
 * Checks on a query's text before it reaches the parser, which no timeout can stop: ARQ's parser takes time
 * quadratic in the length of one long token (200,000 characters cost seconds of CPU), and nesting thousands
 * of groups deep overflows the stack in the parser or the optimizer. (Chains that are deep without brackets,
 * thousands of {@code UNION}s or {@code +}, overflow the stack too: {@link CappedQuery} answers those with the same 400.)
 */
final class QueryText {
    /** The longest query accepted: 64 Ki characters, beyond any hand-written query; parsed in well under a second. */
    static final int MAX_CHARACTERS = 64 * 1024;
    /** The deepest nesting of {@code { ( [} accepted; real queries stay below ten. */
    static final int MAX_NESTING = 100;

    private QueryText() {}

    /** Refuses a query that is too long (413) or nested too deeply (400), with the limit in the message. */
    static void check(String query) {
        if (query.length() > MAX_CHARACTERS) {
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "The query has " + query.length() + " characters; this server takes at most "
                    + MAX_CHARACTERS + ". Shorten it, or download the data from /dumps/ and query it locally.");
        }
        int deepest = nesting(query);
        if (deepest > MAX_NESTING) tooDeep();
    }

    /** Refuses (400) a query nested or chained too deeply to parse or evaluate. */
    static void tooDeep() {
        ServletOps.errorBadRequest("The query is nested or chained too deeply to evaluate here (at most " + MAX_NESTING
                + " levels of { ( [, and no chains of thousands of UNIONs, operators or path steps); split or flatten it.");
    }

    /** The deepest nesting of brackets outside strings and comments. */
    static int nesting(String query) {
        int depth = 0;
        int deepest = 0;
        int n = query.length();
        for (int i = 0; i < n; i++) {
            char c = query.charAt(i);
            switch (c) {
                case '{', '(', '[' -> deepest = Math.max(deepest, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> { while (i < n && query.charAt(i) != '\n') i++; }
                case '"', '\'' -> i = endOfString(query, i);
                default -> { }
            }
        }
        return deepest;
    }

    /** The index of the last character of the string literal opening at {@code start} (or the end of the text). */
    private static int endOfString(String query, int start) {
        char quote = query.charAt(start);
        boolean triple = query.startsWith(String.valueOf(quote).repeat(3), start);
        int i = start + (triple ? 3 : 1);
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\') i += 2;
            else if (triple && query.startsWith(String.valueOf(quote).repeat(3), i)) return i + 2;
            else if (!triple && (c == quote || c == '\n')) return i;
            else i++;
        }
        return query.length();
    }
}
