package org.needlescreen.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What the result writer writes to: a Jackson {@link JsonGenerator} (compact or indented text), or
 * {@link Utf8JsonWriter} (compact UTF-8 bytes, the same bytes). The layout of a result is written
 * once, in {@link ResultJsonCodec}, against this interface.
 */
interface JsonOut {

    void startObject() throws IOException;

    void endObject() throws IOException;

    void startArray() throws IOException;

    void endArray() throws IOException;

    void name(String name) throws IOException;

    void string(String value) throws IOException;

    /**
     * A string that recurs from result to result (a rule id, a source, a question, a guidance
     * text): written exactly as {@link #string(String)} writes it; a writer may keep its encoding.
     */
    default void constant(String value) throws IOException {
        string(value);
    }

    void number(long value) throws IOException;

    void number(double value) throws IOException;

    void bool(boolean value) throws IOException;

    void nullValue() throws IOException;

    /** A generator seen as a {@link JsonOut}. */
    static JsonOut of(JsonGenerator g) {
        return new JsonOut() {
            @Override
            public void startObject() throws IOException {
                g.writeStartObject();
            }

            @Override
            public void endObject() throws IOException {
                g.writeEndObject();
            }

            @Override
            public void startArray() throws IOException {
                g.writeStartArray();
            }

            @Override
            public void endArray() throws IOException {
                g.writeEndArray();
            }

            @Override
            public void name(String name) throws IOException {
                g.writeFieldName(name);
            }

            @Override
            public void string(String value) throws IOException {
                g.writeString(value);
            }

            @Override
            public void number(long value) throws IOException {
                g.writeNumber(value);
            }

            @Override
            public void number(double value) throws IOException {
                g.writeNumber(value);
            }

            @Override
            public void bool(boolean value) throws IOException {
                g.writeBoolean(value);
            }

            @Override
            public void nullValue() throws IOException {
                g.writeNull();
            }
        };
    }
}
