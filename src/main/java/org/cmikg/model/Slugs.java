package org.cmikg.model;

import java.util.regex.Pattern;

/** Record IDs and controlled values are lowercase slugs: {@code a-z}, {@code 0-9} and single inner hyphens. */
public final class Slugs {
    private Slugs() {}

    /** The longest ID: long enough for any name, short enough for an IRI one can read and cite. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public static boolean isSlug(String s) { return SLUG.matcher(s).matches(); }

    /** {@code government-body} becomes {@code GovernmentBody}: how a kind names its ontology class. */
    public static String toClassName(String slug) {
        StringBuilder sb = new StringBuilder(slug.length());
        for (String part : slug.split("-")) {
            if (part.isEmpty()) continue;
            sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return sb.toString();
    }

    /** {@code GovernmentBody} becomes {@code government-body}. */
    public static String fromClassName(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) sb.append('-');
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
