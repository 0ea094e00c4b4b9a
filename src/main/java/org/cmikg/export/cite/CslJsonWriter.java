package org.cmikg.export.cite;

import java.io.Writer;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** CSL-JSON, the citation data of Zotero and citeproc: a JSON array of items, written one item at a time. */
final class CslJsonWriter extends CitationFormat.Out {
    private boolean first = true;

    CslJsonWriter(Writer w) {
        super(w);
        print("[");
    }

    @Override
    public void write(Reference r) {
        JsonObject o = new JsonObject();
        o.put("id", r.key());
        o.put("type", r.kind().csl);
        o.put("title", r.title());
        if (!r.authors().isEmpty()) {
            JsonArray authors = new JsonArray();
            r.authors().forEach(a -> {
                JsonObject name = new JsonObject();
                name.put("literal", a);
                authors.add(name);
            });
            o.put("author", authors);
        }
        if (r.publisher() != null) o.put("publisher", r.publisher());
        if (r.container() != null) o.put("container-title", r.container());
        if (r.year() != null) o.put("issued", dateParts(r.year(), r.month(), r.day()));
        if (r.version() != null) o.put("version", r.version());
        if (r.url() != null) o.put("URL", r.url());
        if (r.accessed() != null) {
            String[] d = r.accessed().split("-");
            o.put("accessed", dateParts(d[0], Integer.parseInt(d[1]), Integer.parseInt(d[2])));
        }
        if (r.language() != null) o.put("language", r.language());
        if (r.archiveUrl() != null) o.put("archive_location", r.archiveUrl());
        print((first ? "\n" : ",\n") + o);
        first = false;
    }

    private static JsonObject dateParts(String year, int month, int day) {
        JsonArray parts = new JsonArray();
        parts.add(Integer.parseInt(year));
        if (month > 0) parts.add(month);
        if (month > 0 && day > 0) parts.add(day);
        JsonArray outer = new JsonArray();
        outer.add(parts);
        JsonObject o = new JsonObject();
        o.put("date-parts", outer);
        return o;
    }

    @Override
    public void close() {
        print("\n]\n");
        super.close();
    }
}
