package org.cmikg.export.cite;

import java.io.Writer;

/** RIS records (the tagged format of EndNote and Zotero): one {@code TAG  - value} line per field, {@code ER} ends each. */
final class RisWriter extends CitationFormat.Out {
    RisWriter(Writer w) { super(w); }

    @Override
    public void write(Reference r) {
        StringBuilder b = new StringBuilder();
        tag(b, "TY", r.kind().ris);
        tag(b, "ID", r.key());
        tag(b, "TI", r.title());
        r.authors().forEach(a -> tag(b, "AU", a));
        tag(b, "PB", r.publisher());
        tag(b, "T2", r.container());
        tag(b, "PY", r.year());
        if (r.month() > 0) {
            tag(b, "DA", r.year() + "/" + two(r.month()) + "/" + (r.day() > 0 ? two(r.day()) : "") + "/");
        }
        tag(b, "ET", r.version());
        tag(b, "UR", r.url());
        tag(b, "Y2", r.accessed());
        tag(b, "LA", r.language());
        if (r.archiveUrl() != null) tag(b, "N1", "Archived at " + r.archiveUrl());
        b.append("ER  - \r\n\r\n");
        print(b.toString());
    }

    private static String two(int n) { return n < 10 ? "0" + n : Integer.toString(n); }

    private static void tag(StringBuilder b, String tag, String value) {
        if (value == null || value.isBlank()) return;
        b.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
    }
}
