package org.cmikg.server.reconcile;

import java.util.List;

/** What the preview card of an entity shows (rendered by {@code reconcile-preview.jte}, which escapes it). */
public record Preview(String label, String kind, String description, List<String> countries, String start, String end,
                      String qid, String href, String lang) {}
