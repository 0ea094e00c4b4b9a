package org.cmikg.export.cite;

import java.util.List;
import java.util.Locale;

/**
 * One bibliographic record, as reference managers (Zotero, JabRef, EndNote) read it: a source of the dataset or
 * a page of the dataset itself. Written as BibTeX, RIS or CSL-JSON by {@link CitationFormat}.
 *
 * @param key       a stable citation key ({@code src-reuters-2014-10-22-liberia})
 * @param kind      what kind of document it is
 * @param title     the title as published
 * @param authors   persons or bodies that wrote it (may be empty)
 * @param publisher the outlet, publisher or issuing body (may be null)
 * @param container the work it is part of, such as the dataset a page belongs to (may be null)
 * @param date      the publication date as written (EDTF: {@code 2014}, {@code 2014-10}, {@code 2014-10-22}, {@code 201X})
 * @param url       where it can be read (may be null)
 * @param archiveUrl an archived copy (may be null)
 * @param language  ISO 639-1 code of the document (may be null)
 * @param version   the edition or release (may be null)
 * @param accessed  the day it was read, {@code YYYY-MM-DD} (may be null)
 */
public record Reference(String key, Kind kind, String title, List<String> authors, String publisher, String container,
        String date, String url, String archiveUrl, String language, String version, String accessed) {

    public Reference {
        authors = List.copyOf(authors);
    }

    /** Kinds of document, each with its BibTeX entry type, RIS type and CSL type. */
    public enum Kind {
        NEWS_REPORT("misc", "NEWS", "article-newspaper"),
        OFFICIAL_STATEMENT("misc", "GOVDOC", "document"),
        REPORT("techreport", "RPRT", "report"),
        SCHOLARLY_ARTICLE("article", "JOUR", "article-journal"),
        BOOK("book", "BOOK", "book"),
        LETTER("misc", "PCOMM", "personal_communication"),
        WEB_PAGE("misc", "ELEC", "webpage"),
        DATASET("misc", "DATA", "dataset"),
        LEGAL_DOCUMENT("misc", "LEGAL", "legislation");

        final String bibtex;
        final String ris;
        final String csl;

        Kind(String bibtex, String ris, String csl) {
            this.bibtex = bibtex;
            this.ris = ris;
            this.csl = csl;
        }

        /** The kind named as {@code sources.csv} names it ({@code news-report}), web page when unknown. */
        public static Kind of(String slug) {
            try {
                return valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException | NullPointerException e) {
                return WEB_PAGE;
            }
        }
    }

    /** The year of the date ({@code 2014} for {@code 2014-10-22}; {@code 2010} for {@code 201X}), or null. */
    String year() {
        return date != null && date.length() >= 4 && date.substring(0, 3).chars().allMatch(Character::isDigit)
                ? date.substring(0, 4).replace('X', '0') : null;
    }

    /** The month (1–12) when the date gives one, else 0. */
    int month() { return part(5); }

    /** The day of the month when the date gives one, else 0. */
    int day() { return part(8); }

    private int part(int at) {
        if (date == null || date.length() < at + 2 || date.charAt(at - 1) != '-') return 0;
        try {
            return Integer.parseInt(date.substring(at, at + 2));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
