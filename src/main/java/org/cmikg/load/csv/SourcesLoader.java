package org.cmikg.load.csv;

import java.util.List;

import org.apache.jena.graph.Node;
import org.cmikg.load.DateTerms;
import org.cmikg.load.RecordContext;
import org.cmikg.load.RecordLoader;
import org.cmikg.records.Column;
import org.cmikg.records.RecordType;
import org.cmikg.records.Row;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/** {@code sources.csv}: the documents that every other record cites. */
public final class SourcesLoader extends RecordLoader {
    static final String LANGUAGE = "[a-z]{2,3}";
    static final String LANGUAGE_HELP = "write an ISO 639-1 language code in lower case, such as en, es, pt or fr";

    public SourcesLoader() {
        super(RecordType.SOURCE, List.of(Column.required("kind"), Column.required("title"), Column.optional("author"),
                Column.optional("publisher"), Column.required("date"), Column.optional("url"), Column.required("language"),
                Column.optional("notes"), Column.optional("published_by"), Column.optional("archive_url"),
                Column.optional("title_verified")));
    }

    @Override
    protected void write(Row row, String id, Node s, RecordContext cx) {
        cx.kindClass(row, CMI.Source).ifPresent(c -> cx.add(s, Ext.type, c));
        var language = row.matching("language", LANGUAGE, LANGUAGE_HELP);
        row.text("title").ifPresent(t -> {
            cx.addText(s, Ext.title, t, language.orElse("und"));
            cx.addText(s, Ext.label, t);
        });
        language.ifPresent(l -> cx.addText(s, Ext.language, l));
        List<String> authors = row.list("author");
        List<String> publishers = row.list("publisher");
        if (authors.isEmpty() && publishers.isEmpty()) {
            row.problem("author", "a source needs an author or a publisher; fill in at least one of them");
        }
        authors.forEach(a -> cx.addText(s, Ext.creator, a));
        publishers.forEach(p -> cx.addText(s, Ext.publisher, p));
        row.date("date").ifPresent(d -> cx.addDate(s, DateTerms.DATE, d));
        row.url("url").ifPresent(u -> cx.add(s, Ext.url, RecordContext.uri(u)));
        cx.ref(row, "published_by", RecordType.ORGANIZATION).ifPresent(o -> cx.add(s, CMI.publishedBy, o));
        row.url("archive_url").ifPresent(u -> cx.add(s, CMI.archivedAt, RecordContext.uri(u)));
        row.yesNo("title_verified").ifPresent(v -> cx.addBoolean(s, CMI.titleVerified, v));
        row.text("notes").ifPresent(n -> cx.addText(s, Ext.description, n, "en"));
    }
}
