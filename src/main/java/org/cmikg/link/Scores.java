package org.cmikg.link;

/**
 * How well a candidate fits a record, each feature from 0 to 1, or null when it cannot be compared
 * (the record or the item says nothing about it). {@link #total} is the weighted mean of the features
 * that could be compared (see {@link Scorer}).
 */
public record Scores(double name, Double type, Double country, Double date, double total) {}
