package org.cmikg.export.network;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The JSON formats over Jackson's streaming generator: one object at a time, nothing kept. */
abstract class JsonNetworkWriter implements NetworkWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    protected final JsonGenerator json;

    JsonNetworkWriter(OutputStream out) {
        try {
            this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code "provenance": {release, view, query, generated, licence, note}}. */
    void provenance(Provenance p) throws IOException {
        json.writeObjectFieldStart("provenance");
        json.writeStringField("release", p.release());
        json.writeStringField("view", p.name());
        json.writeStringField("query", p.query());
        json.writeStringField("generated", p.generated().toString());
        json.writeStringField("license", "https://creativecommons.org/licenses/by/4.0/");
        json.writeStringField("note", p.line());
        json.writeEndObject();
    }

    /** Writes the field unless the value is empty. */
    void field(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) json.writeStringField(name, value);
    }
}
