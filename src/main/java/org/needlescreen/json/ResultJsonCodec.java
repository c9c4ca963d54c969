package org.needlescreen.json;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import org.needlescreen.Finding;
import org.needlescreen.Guidance;
import org.needlescreen.MissingAnswer;
import org.needlescreen.ScreeningResult;
import org.needlescreen.model.InvalidProfileException;

/**
 * Writes a {@link ScreeningResult} as JSON. Deterministic: fixed field order, lists in the order
 * the result holds them (findings most restrictive first, then by rule id; missing answers required
 * first, then in profile order), numbers in a stable form, no timestamp other than
 * {@code screenedOn}. The same result always gives byte-identical text.
 *
 * <pre>{@code
 * {
 *   "decision": "NOT_SUITABLE",
 *   "rescreenOn": "2026-11-24",                       // only when every NOT_SUITABLE reason is dated
 *   "findings": [{"ruleId", "decision", "message", "sources": [...], "rescreenOn"?}],
 *   "missingAnswers": [{"field", "required", "question", "allowed": [...], "ruleId"}],
 *   "guidance": {"depths": [{"concern", "minMm", "maxMm", "note", "sources"}],
 *                "course": {"text", "sources"}, "sessionLength": {...},
 *                "preparation": [...], "aftercare": [...], "homeCare": [...],
 *                "seeDermatologist": {...}},
 *   "ruleSet": {"name", "version", "fingerprint"},
 *   "screenedOn": "2026-11-21",
 *   "clientRef": "C-1042"                              // only when the profile had one
 * }
 * }</pre>
 *
 * <p>Optional fields are left out rather than written as {@code null}. Thread-safe; requires
 * jackson-core on the class path (an optional dependency of the library).
 */
final class ResultJsonCodec {

    private ResultJsonCodec() {
    }

    /** The result as compact JSON on one line (no line break), as {@code batch} writes it. */
    static String write(ScreeningResult result) {
        return JsonSupport.write(false, g -> write(JsonOut.of(g), result, true));
    }

    /**
     * The result as compact JSON on one line; without guidance when {@code withGuidance} is false
     * ({@code batch --guidance omit}): the {@code guidance} field is then left out, everything else is
     * as in {@link #write(ScreeningResult)}.
     */
    static String write(ScreeningResult result, boolean withGuidance) {
        return JsonSupport.write(false, g -> write(JsonOut.of(g), result, withGuidance));
    }

    /**
     * Writes what {@link #write(ScreeningResult, boolean)} returns to {@code out} as UTF-8 bytes,
     * straight from the result (no generator, no intermediate string); {@code out} is neither
     * flushed nor closed.
     */
    static void write(ScreeningResult result, boolean withGuidance, OutputStream out) throws IOException {
        Utf8JsonWriter w = writer();
        try {
            write(w, result, withGuidance);
            w.writeTo(out);
        } finally {
            release(w);
        }
    }

    /** Writes what {@link #writeError(long, InvalidProfileException)} returns to {@code out} as UTF-8 bytes. */
    static void writeError(long line, InvalidProfileException e, OutputStream out) throws IOException {
        Utf8JsonWriter w = writer();
        try {
            error(w, line, e);
            w.writeTo(out);
        } finally {
            release(w);
        }
    }

    /** A writer's buffer is kept for the thread's next line while it is at most this big. */
    private static final int KEPT_CAPACITY = 64 * 1024;

    /**
     * One writer per thread, reused from line to line: no buffer to allocate per result, and the
     * recurring strings (rule ids, sources, questions, guidance) encoded once per thread. It keeps
     * rule-set text only: what a line wrote is zeroed when the line is done.
     */
    private static final ThreadLocal<Utf8JsonWriter> WRITERS = ThreadLocal.withInitial(() -> new Utf8JsonWriter(8192));

    private static Utf8JsonWriter writer() {
        Utf8JsonWriter w = WRITERS.get();
        w.reset();
        return w;
    }

    private static void release(Utf8JsonWriter w) {
        w.reset();
        if (w.capacity() > KEPT_CAPACITY) {
            WRITERS.remove();
        }
    }

    /** The result as indented JSON ({@code "\n"} line ends, no trailing line break), as {@code screen} prints it. */
    static String writePretty(ScreeningResult result) {
        return JsonSupport.write(true, g -> write(JsonOut.of(g), result, true));
    }

    /**
     * The line {@code batch} writes in place of an invalid profile, compact:
     * {@code {"line": N, "error": "...", "field": "..."}}, where {@code error} is the exception's
     * message (naming the field, the value and what is allowed) and {@code field} its field path
     * ({@code $} for the line as a whole).
     */
    static String writeError(long line, InvalidProfileException e) {
        return JsonSupport.write(false, g -> error(JsonOut.of(g), line, e));
    }

    private static void error(JsonOut g, long line, InvalidProfileException e) throws IOException {
        g.startObject();
        g.name("line");
        g.number(line);
        field(g, "error", e.getMessage());
        field(g, "field", e.field());
        g.endObject();
    }

    /** Writes the result as one JSON object through a generator. */
    static void write(JsonGenerator g, ScreeningResult r) throws IOException {
        write(JsonOut.of(g), r, true);
    }

    /** The layout of a result, written once for every kind of output. */
    private static void write(JsonOut g, ScreeningResult r, boolean withGuidance) throws IOException {
        g.startObject();
        constant(g, "decision", r.decision().name());
        Optional<LocalDate> rescreenOn = r.rescreenOn();
        if (rescreenOn.isPresent()) {
            field(g, "rescreenOn", rescreenOn.get().toString());
        }
        g.name("findings");
        g.startArray();
        for (Finding f : r.findings()) {
            g.startObject();
            constant(g, "ruleId", f.ruleId());
            constant(g, "decision", f.decision().name());
            field(g, "message", f.message());
            strings(g, "sources", f.sources());
            if (f.rescreenOn() != null) {
                field(g, "rescreenOn", f.rescreenOn().toString());
            }
            g.endObject();
        }
        g.endArray();
        g.name("missingAnswers");
        g.startArray();
        for (MissingAnswer m : r.missingAnswers()) {
            g.startObject();
            constant(g, "field", m.field());
            g.name("required");
            g.bool(m.required());
            constant(g, "question", m.question());
            strings(g, "allowed", m.allowed());
            constant(g, "ruleId", m.ruleId());
            g.endObject();
        }
        g.endArray();
        if (withGuidance) {
            g.name("guidance");
            guidance(g, r.guidance());
        }
        g.name("ruleSet");
        g.startObject();
        constant(g, "name", r.ruleSet().name());
        constant(g, "version", r.ruleSet().version());
        constant(g, "fingerprint", r.ruleSet().fingerprint());
        g.endObject();
        field(g, "screenedOn", r.screenedOn().toString());
        if (r.clientRef() != null) {
            field(g, "clientRef", r.clientRef());
        }
        g.endObject();
    }

    private static void guidance(JsonOut g, Guidance gd) throws IOException {
        g.startObject();
        g.name("depths");
        g.startArray();
        for (Guidance.DepthAdvice d : gd.depths()) {
            g.startObject();
            constant(g, "concern", d.concern().name());
            g.name("minMm");
            number(g, d.minMm());
            g.name("maxMm");
            number(g, d.maxMm());
            constant(g, "note", d.note());
            strings(g, "sources", d.sources());
            g.endObject();
        }
        g.endArray();
        adviceList(g, "course", gd.course());
        advice(g, "sessionLength", gd.sessionLength());
        adviceList(g, "preparation", gd.preparation());
        adviceList(g, "aftercare", gd.aftercare());
        adviceList(g, "homeCare", gd.homeCare());
        advice(g, "seeDermatologist", gd.seeDermatologist());
        g.endObject();
    }

    private static void advice(JsonOut g, String name, Guidance.Advice a) throws IOException {
        g.name(name);
        adviceObject(g, a);
    }

    private static void adviceObject(JsonOut g, Guidance.Advice a) throws IOException {
        g.startObject();
        constant(g, "text", a.text());
        strings(g, "sources", a.sources());
        g.endObject();
    }

    private static void adviceList(JsonOut g, String name, List<Guidance.Advice> list) throws IOException {
        g.name(name);
        g.startArray();
        for (Guidance.Advice a : list) {
            adviceObject(g, a);
        }
        g.endArray();
    }

    /** A string field; {@code null} is written as JSON null, as a generator's writeStringField does. */
    private static void field(JsonOut g, String name, String value) throws IOException {
        g.name(name);
        if (value == null) {
            g.nullValue();
        } else {
            g.string(value);
        }
    }

    /** As {@link #field(JsonOut, String, String)}, for a value that recurs from result to result. */
    private static void constant(JsonOut g, String name, String value) throws IOException {
        g.name(name);
        if (value == null) {
            g.nullValue();
        } else {
            g.constant(value);
        }
    }

    /** A number written stably, as {@link JsonSupport#number(JsonGenerator, double)} writes it. */
    private static void number(JsonOut g, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.number((long) v);
        } else {
            g.number(v);
        }
    }

    private static void strings(JsonOut g, String name, List<String> values) throws IOException {
        g.name(name);
        g.startArray();
        for (String s : values) { // sources and allowed values: recurring
            if (s == null) {
                g.nullValue();
            } else {
                g.constant(s);
            }
        }
        g.endArray();
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
