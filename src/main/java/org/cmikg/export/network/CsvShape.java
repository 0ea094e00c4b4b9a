package org.cmikg.export.network;

import java.util.Locale;
import java.util.Optional;

/**
 * The column layouts of the node and edge tables, one per tool that imports them.
 * <ul>
 * <li>{@code gephi}: Data Laboratory's spreadsheet import: nodes {@code Id, Label}, edges {@code Source, Target,
 * Type} (Directed), {@code Id, Label, Kind} (the edge type) and {@code Weight};</li>
 * <li>{@code kumu}: elements {@code ID, Label, Type}, connections {@code From, To, Type, Direction}; several values
 * in one cell joined by {@code |} as Kumu splits them;</li>
 * <li>{@code palladio}: dates as {@code YYYY-MM-DD} (the bounds of fuzzy dates), {@code Coordinates} as
 * {@code lat,lon} for its map.</li>
 * </ul>
 * Every shape keeps the dates as written, their bounds, the rank and the sources.
 */
public enum CsvShape {
    GEPHI, KUMU, PALLADIO;

    public static Optional<CsvShape> byKey(String key) {
        for (CsvShape s : values()) if (s.name().equals(key.toUpperCase(Locale.ROOT))) return Optional.of(s);
        return Optional.empty();
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
