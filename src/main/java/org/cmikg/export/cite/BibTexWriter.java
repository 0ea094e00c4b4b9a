package org.cmikg.export.cite;

import java.io.Writer;
import java.util.stream.Collectors;

/**
 * BibTeX entries with biblatex's fields ({@code date}, {@code urldate}, {@code langid}) beside classic ones
 * ({@code year}, {@code howpublished}), so both BibTeX and biblatex users and Zotero read them. Values are
 * braced and their special characters escaped; each name is braced as printed (sources name bodies as often as people),
 * so "Sociedad Cubana de Salud Pública" is not split into first and last names.
 */
final class BibTexWriter extends CitationFormat.Out {
    BibTexWriter(Writer w) { super(w); }

    @Override
    public void write(Reference r) {
        StringBuilder b = new StringBuilder("@").append(r.kind().bibtex).append('{').append(r.key().replaceAll("[^A-Za-z0-9_:.-]", "-"));
        if (!r.authors().isEmpty()) {
            field(b, "author", r.authors().stream().map(a -> "{" + escape(a) + "}").collect(Collectors.joining(" and ")));
        }
        field(b, "title", "{" + escape(r.title()) + "}");
        switch (r.kind()) {
            case SCHOLARLY_ARTICLE -> text(b, "journal", r.publisher());
            case REPORT -> text(b, "institution", r.publisher());
            case BOOK -> text(b, "publisher", r.publisher());
            default -> {
                text(b, "publisher", r.publisher());
                text(b, "howpublished", r.container() != null ? r.container() : r.publisher());
            }
        }
        text(b, "year", r.year());
        if (r.month() > 0) field(b, "month", Integer.toString(r.month()));
        text(b, "date", r.date() != null && r.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? r.date() : null);
        text(b, "version", r.version());
        if (r.url() != null) field(b, "url", r.url().replace("{", "%7B").replace("}", "%7D"));
        text(b, "urldate", r.accessed());
        text(b, "langid", r.language());
        if (r.archiveUrl() != null) text(b, "note", "Archived at " + r.archiveUrl());
        b.append("\n}\n\n");
        print(b.toString());
    }

    private static void text(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) field(b, name, escape(value));
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(",\n  ").append(name).append(" = {").append(value).append('}');
    }

    /** Escapes what BibTeX would read as markup; leaves other characters as UTF-8. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
