package org.cmikg.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.cmikg.records.RecordType;

/**
 * Every record ID of the data set and where it was declared: built by a first pass over the files so
 * that references can point forwards and across files. Holds IDs only, never rows.
 */
public final class IdIndex {

    /** Where a record is declared. */
    public record Entry(RecordType type, Path file, long line) {}

    private final Map<String, Entry> entries = new HashMap<>();

    /** Adds an ID; returns the earlier declaration when the ID is already taken. */
    Optional<Entry> declare(String id, Entry entry) {
        return Optional.ofNullable(entries.putIfAbsent(id, entry));
    }

    public Optional<Entry> lookup(String id) { return Optional.ofNullable(entries.get(id)); }

    public int size() { return entries.size(); }
}
