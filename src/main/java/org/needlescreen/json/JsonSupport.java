package org.needlescreen.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.needlescreen.internal.Display;
import org.needlescreen.model.InvalidProfileException;

/** Shared, strict Jackson configuration and helpers for the JSON readers and writers. */
final class JsonSupport {

    /** Longest rendering of a rejected value in an error message; longer values are cut. */
    static final int MAX_SHOWN = 80;

    /**
     * Strict: no comments, no single quotes, no NaN, duplicate keys rejected, nothing after the
     * value, and no input echoed into parser messages.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Keeps the number as written (1e400 stays 1E+400 in messages, not Infinity).
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The mapper's factory: parsers and generators with the same strict settings. */
    static final JsonFactory FACTORY = MAPPER.getFactory();

    private JsonSupport() {
    }

    /** A value shown verbatim (unquoted) in an {@link InvalidProfileException} message. */
    record Shown(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The value to show for a rejected JSON node: a string's text (quoted by the exception), or
     * the JSON text of anything else, cut to {@value #MAX_SHOWN} characters.
     */
    static Object shown(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return cut(node.textValue());
        }
        return new Shown(cut(node.toString()));
    }

    /** The JSON text of a node (strings quoted), cut to {@value #MAX_SHOWN} characters. */
    static String json(JsonNode node) {
        return node == null ? "null" : cut(node.toString());
    }

    static String cut(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "...";
    }

    /**
     * Parses one JSON document strictly.
     *
     * @param what what the document should be, for the error message (e.g. "a JSON object, the profile")
     * @throws InvalidProfileException on malformed JSON or empty input, with field {@code $} or the
     *                                 path where parsing stopped
     */
    static JsonNode parse(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new InvalidProfileException("$", new Shown("empty input"), what);
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidProfileException("$", new Shown("empty input"), what);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(e, what);
        }
    }

    private static InvalidProfileException malformed(JsonProcessingException e, String what) {
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 1 ? ""
                : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String detail = e.getOriginalMessage() == null ? "" : ": " + firstLine(e.getOriginalMessage());
        int bound = detail.indexOf(" (bound as");
        if (bound >= 0) {
            detail = detail.substring(0, bound);
        }
        String duplicate = duplicatePath(e);
        if (duplicate != null) {
            // A repeated key names the field it repeats, not the document: which of the two values
            // was meant cannot be known, so neither is used.
            return new InvalidProfileException(duplicate, new Shown("a duplicate key" + where + detail),
                    "each field at most once");
        }
        return new InvalidProfileException("$", new Shown("malformed JSON" + where + detail), what);
    }

    /**
     * The field path of the repeated key when {@code e} reports a duplicate key (strict duplicate
     * detection), else {@code null}. The parser's context at that point is the repeated key.
     */
    private static String duplicatePath(JsonProcessingException e) {
        if (!(e instanceof StreamReadException se) || e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith("Duplicate field '")) {
            return null;
        }
        JsonParser p = se.getProcessor();
        JsonStreamContext ctx = p == null ? null : p.getParsingContext();
        if (ctx == null || !ctx.inObject() || ctx.getCurrentName() == null) {
            return null;
        }
        java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "";
        for (JsonStreamContext c : chain) {
            path = c.inArray() ? path + "[" + c.getCurrentIndex() + "]" : child(path, c.getCurrentName());
        }
        return path;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return cut(nl < 0 ? s : s.substring(0, nl));
    }

    /**
     * Joins a parent path and a field name. An empty name is shown as {@code ""} (so it is not
     * taken for its parent), and invisible characters in a name are escaped.
     */
    static String child(String parent, String name) {
        String shownName = name.isEmpty() ? "\"\"" : Display.visible(name);
        return parent.isEmpty() || "$".equals(parent) ? shownName : parent + "." + shownName;
    }

    /** Something that writes JSON through a generator. */
    @FunctionalInterface
    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Writes JSON to a string: compact on one line, or pretty (two-space indent, {@code "\n"}
     * line ends on every platform, {@code "key": value}).
     */
    static String write(boolean pretty, Writer w) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                .withArrayEmptySeparator("")
                                .withObjectEmptySeparator(""))
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter));
            }
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes a number stably: whole values without a fraction ({@code 2}), others in the shortest
     * form that reads back as the same double ({@code 0.25}).
     */
    static void number(JsonGenerator g, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }
}
