package org.cmikg.records;

/** A column a record file may have: its header name and whether every row must fill it. */
public record Column(String name, boolean required) {

    public static Column required(String name) { return new Column(name, true); }

    public static Column optional(String name) { return new Column(name, false); }
}
